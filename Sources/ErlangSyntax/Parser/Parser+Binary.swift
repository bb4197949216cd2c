// Binaries and binary comprehensions:
//
//   binary      -> '<<' '>>' | '<<' bin_element (',' bin_element)* '>>'
//   bin_element -> bit_expr [':' expr_max] ['/' bit_type ('-' bit_type)*]
//   bit_expr    -> prefix_op expr_max | expr_max
//   bit_type    -> atom [':' integer]
//   binary_comprehension -> '<<' expr_max '||' lc_exprs '>>'
//
// The size is a primary expression (`X:N+1` is a syntax error; write `X:(N+1)`),
// and elements are expressions even inside patterns.

extension Parser {
    mutating func parseBinary(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let open = current.location
        advance()
        if isPunct(">>") { advance(); return Expr(.binary([]), open) }
        let firstValue = try parseBitExpr()
        if grammar == .expression, firstValue.isBare, isPunct("||") {
            advance()
            let qualifiers = try parseQualifiers()
            try expectPunct(">>")
            return Expr(.binaryComprehension(firstValue.expr, qualifiers), open)
        }
        var elements = [try parseBinElementRest(value: firstValue.expr)]
        while isPunct(",") {
            advance()
            elements.append(try parseBinElementRest(value: try parseBitExpr().expr))
        }
        try expectPunct(">>")
        return Expr(.binary(elements), open)
    }

    /// bit_expr; `isBare` is false when it had a prefix operator (then it
    /// cannot be a comprehension's template).
    private mutating func parseBitExpr() throws(SyntaxError) -> (expr: Expr, isBare: Bool) {
        guard let op = prefixOperator() else { return (try parsePrimary(.expression), true) }
        let start = current.location
        advance()
        let operandStart = index
        let operand = try parsePrimary(.expression)
        return (applyPrefix(op, to: operand, at: start, operandStart: operandStart), false)
    }

    private mutating func parseBinElementRest(value: Expr) throws(SyntaxError) -> BinElement {
        var size: Expr?
        if isPunct(":") {
            advance()
            size = try parsePrimary(.expression)
        }
        var specifiers: [String] = []
        if isPunct("/") {
            repeat {
                advance()
                specifiers.append(try parseBitType())
            } while isPunct("-")
        }
        return BinElement(value: value, size: size, specifiers: specifiers, loc: value.firstLocation)
    }

    /// bit_type -> atom | atom ':' integer   ("unit:8" keeps its number)
    private mutating func parseBitType() throws(SyntaxError) -> String {
        guard case .atom(let name) = current.kind else { throw syntaxError() }
        advance()
        guard isPunct(":") else { return name }
        advance()
        guard case .integer(let n) = current.kind else { throw syntaxError() }
        advance()
        return "\(name):\(n)"
    }
}

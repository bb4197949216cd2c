extension ConstantExprParser {
    /// primary -> literal | Var | '(' expr ')' | list | tuple | map | binary
    ///          | atom '(' args ')' | atom ':' atom '(' args ')'
    mutating func parsePrimary() throws(ConstantExprError) -> ConstantExpr {
        let token = current
        switch token.kind {
        case .integer(let i): position += 1; return .literal(.integer(i))
        case .bigInteger(let d): position += 1; return .literal(.bigInteger(d))
        case .float(let f): position += 1; return .literal(.float(f))
        case .char(let c): position += 1; return .literal(.integer(c))
        case .string: return .literal(.string(parseAdjacentStrings()))
        case .variable(let name): position += 1; return .variable(name)
        case .atom(let name):
            position += 1
            return try parseAfterAtom(name)
        case .punct("("):
            position += 1
            let e = try parseExpr()
            try expect(")")
            return e
        case .punct("["): return try parseList()
        case .punct("{"):
            position += 1
            return .tuple(try parseSequence(closing: "}"))
        case .punct("#"): return try parseMap()
        case .punct("<<"): return try parseBinary()
        case .keyword(let k) where Self.unsupportedKeywords.contains(k): throw .unsupported
        default: throw .syntax(token)
        }
    }

    /// Keywords that start expressions this little language does not evaluate.
    static let unsupportedKeywords: Set<String> = ["fun", "case", "if", "receive", "try", "begin", "catch", "maybe"]

    /// "abc" "def" is one string, as in the full grammar.
    private mutating func parseAdjacentStrings() -> [Int] {
        var codePoints: [Int] = []
        while case .string(let s) = current.kind {
            codePoints += s
            position += 1
        }
        return codePoints
    }

    private mutating func parseAfterAtom(_ name: String) throws(ConstantExprError) -> ConstantExpr {
        if isPunct("(") {
            return .call(module: nil, name: name, try parseArguments())
        }
        guard isPunct(":") else { return .literal(.atom(name)) }
        position += 1
        guard case .atom(let function) = current.kind else { throw .unsupported }
        position += 1
        guard isPunct("(") else { throw .syntax(current) }
        return .call(module: name, name: function, try parseArguments())
    }

    private mutating func parseArguments() throws(ConstantExprError) -> [ConstantExpr] {
        position += 1   // the '('
        return try parseSequence(closing: ")")
    }

    /// Comma-separated expressions up to `closing`, which is consumed.
    private mutating func parseSequence(closing: String) throws(ConstantExprError) -> [ConstantExpr] {
        var elements: [ConstantExpr] = []
        if isPunct(closing) { position += 1; return elements }
        while true {
            elements.append(try parseExpr())
            if isPunct(",") { position += 1; continue }
            guard isPunct(closing) else { throw .syntax(current) }
            position += 1
            return elements
        }
    }

    /// list -> '[' ']' | '[' expr (',' expr)* ('|' expr)? ']'
    private mutating func parseList() throws(ConstantExprError) -> ConstantExpr {
        position += 1
        if isPunct("]") { position += 1; return .literal(.emptyList) }
        var elements: [ConstantExpr] = [try parseExpr()]
        while isPunct(",") {
            position += 1
            elements.append(try parseExpr())
        }
        var tail: ConstantExpr?
        if isPunct("|") {
            position += 1
            tail = try parseExpr()
        }
        guard isPunct("]") else {
            if isPunct("||") { throw .unsupported }   // a list comprehension
            throw .syntax(current)
        }
        position += 1
        return .list(elements, tail: tail)
    }

    /// map -> '#' '{' (expr '=>' expr (',' expr '=>' expr)*)? '}'
    private mutating func parseMap() throws(ConstantExprError) -> ConstantExpr {
        position += 1
        guard isPunct("{") else { throw .unsupported }   // a record
        position += 1
        var pairs: [(key: ConstantExpr, value: ConstantExpr)] = []
        if isPunct("}") { position += 1; return .map(pairs) }
        while true {
            let key = try parseExpr()
            guard isPunct("=>") else { throw .syntax(current) }
            position += 1
            pairs.append((key, try parseExpr()))
            if isPunct(",") { position += 1; continue }
            guard isPunct("}") else { throw .syntax(current) }
            position += 1
            return .map(pairs)
        }
    }

    /// binary -> '<<' '>>' | '<<' segment (',' segment)* '>>', where only plain
    /// integer, character and string segments are supported.
    private mutating func parseBinary() throws(ConstantExprError) -> ConstantExpr {
        position += 1
        var segments: [ConstantExpr] = []
        if isPunct(">>") { position += 1; return .binary(segments) }
        while true {
            switch current.kind {
            case .integer(let i): position += 1; segments.append(.literal(.integer(i)))
            case .char(let c): position += 1; segments.append(.literal(.integer(c)))
            case .string: segments.append(.literal(.string(parseAdjacentStrings())))
            default: throw .unsupported
            }
            if isPunct(",") { position += 1; continue }
            guard isPunct(">>") else { throw .unsupported }
            position += 1
            return .binary(segments)
        }
    }
}

// Primary expressions (erl_parse's expr_max and pat_expr_max):
//
//   expr_max -> var | atomic | list | binary | tuple | '(' expr ')'
//             | list_comprehension | binary_comprehension
//             | 'begin' exprs 'end' | if_expr | case_expr | receive_expr
//             | fun_expr | try_expr
//   atomic   -> char | integer | float | atom | string+
//
// Patterns allow only the first line (no comprehensions, no control constructs).

extension Parser {
    mutating func parsePrimary(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        let start = current.location
        switch current.kind {
        case .variable(let name): advance(); return Expr(.variable(name), start)
        case .atom(let name): advance(); return Expr(.atom(name), start)
        case .integer(let n): advance(); return Expr(.integer(n), start)
        case .bigInteger(let digits): advance(); return Expr(.bigInteger(digits), start)
        case .float(let x): advance(); return Expr(.float(x), start)
        case .char(let c): advance(); return Expr(.char(c), start)
        case .string: return parseStrings()
        case .punct("["): return try nested { (p) throws(SyntaxError) in try p.parseList(grammar) }
        case .punct("{"): return try nested { (p) throws(SyntaxError) in try p.parseTuple() }
        case .punct("<<"): return try nested { (p) throws(SyntaxError) in try p.parseBinary(grammar) }
        case .punct("("):
            return try nested { (p) throws(SyntaxError) in
                p.advance()
                let inner = grammar == .pattern ? try p.parsePattern() : try p.parseExpr()
                try p.expectPunct(")")
                return inner
            }
        case .keyword(let word) where grammar == .expression:
            return try nested { (p) throws(SyntaxError) in try p.parseKeywordExpr(word) }
        default:
            throw syntaxError()
        }
    }

    /// Runs `body` one nesting level deeper (see `maxDepth`).
    mutating func nested(_ body: (inout Parser) throws(SyntaxError) -> Expr) throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        return try body(&self)
    }

    /// strings -> string+ : adjacent literals are one string.
    private mutating func parseStrings() -> Expr {
        let start = current.location
        var text: [Int] = []
        while case .string(let part) = current.kind {
            text += part
            advance()
        }
        return Expr(.string(text), start)
    }

    private mutating func parseKeywordExpr(_ word: String) throws(SyntaxError) -> Expr {
        switch word {
        case "begin": return try parseBlock()
        case "if": return try parseIf()
        case "case": return try parseCase()
        case "receive": return try parseReceive()
        case "fun": return try parseFun()
        case "try": return try parseTry()
        default: throw syntaxError()
        }
    }

    /// list -> '[' ']' | '[' expr tail ; tail -> ']' | '|' expr ']' | ',' expr tail
    /// list_comprehension -> '[' expr '||' lc_exprs ']'
    /// The outer cons is located at '[', each inner one at its element.
    private mutating func parseList(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        let open = current.location
        advance()
        if isPunct("]") { advance(); return Expr(.nil, open) }
        let first = try parseExpr()
        if grammar == .expression, isPunct("||") {
            advance()
            let qualifiers = try parseQualifiers()
            try expectPunct("]")
            return Expr(.listComprehension(first, qualifiers), open)
        }
        var elements = [first]
        while isPunct(",") {
            advance()
            elements.append(try parseExpr())
        }
        var tail: Expr
        if isPunct("|") {
            advance()
            tail = try parseExpr()
            try expectPunct("]")
        } else {
            tail = Expr(.nil, current.location)      // erl_parse places it at the ']'
            try expectPunct("]")
        }
        for (i, element) in elements.enumerated().reversed() {
            tail = Expr(.cons(element, tail), i == 0 ? open : element.firstLocation)
        }
        return tail
    }

    /// tuple -> '{' '}' | '{' exprs '}'
    private mutating func parseTuple() throws(SyntaxError) -> Expr {
        let open = current.location
        advance()
        if isPunct("}") { advance(); return Expr(.tuple([]), open) }
        let elements = try parseExprList()
        try expectPunct("}")
        return Expr(.tuple(elements), open)
    }

    /// lc_exprs -> lc_expr (',' lc_expr)*
    /// lc_expr  -> expr | expr '<-' expr | binary '<=' expr
    mutating func parseQualifiers() throws(SyntaxError) -> [Qualifier] {
        var qualifiers: [Qualifier] = []
        repeat {
            if !qualifiers.isEmpty { advance() }
            let expr = try parseExpr()
            if isPunct("<-") {
                advance()
                qualifiers.append(.generator(expr, try parseExpr()))
            } else if isPunct("<="), case .binary = expr.kind {
                advance()
                qualifiers.append(.binaryGenerator(expr, try parseExpr()))
            } else {
                qualifiers.append(.filter(expr))
            }
        } while isPunct(",")
        return qualifiers
    }
}

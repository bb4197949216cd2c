// Primary expressions (erl_parse's expr_max and pat_expr_max):
//
//   expr_max -> var | atomic | list | binary | tuple | '(' expr ')'
//             | list_comprehension | binary_comprehension
//             | 'begin' exprs 'end' | if_expr | case_expr | receive_expr
//             | fun_expr | try_expr
//   atomic   -> char | integer | float | atom | string+
//
// Patterns allow only the first line (no comprehensions, no control constructs).

//
// Nesting constructs recurse on the native stack, so the functions on that path
// are kept small (one per construct, with only its own locals): a frame that
// held every case's locals would multiply the stack used per nesting level.

extension Parser {
    mutating func parsePrimary(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        switch primaryKind() {
        case .list: return try parseList(grammar)
        case .tuple: return try parseTuple()
        case .binary: return try parseBinary(grammar)
        case .parenthesized: return try parseParenthesized(grammar)
        case .keyword where grammar == .expression: return try parseKeywordExpr()
        default: return try parseAtomic()
        }
    }

    private enum PrimaryKind { case list, tuple, binary, parenthesized, keyword, other }

    private func primaryKind() -> PrimaryKind {
        switch current.kind {
        case .punct("["): return .list
        case .punct("{"): return .tuple
        case .punct("<<"): return .binary
        case .punct("("): return .parenthesized
        case .keyword: return .keyword
        default: return .other
        }
    }

    /// atomic -> char | integer | float | atom | var | string+
    private mutating func parseAtomic() throws(SyntaxError) -> Expr {
        let start = current.location
        switch current.kind {
        case .variable(let name): advance(); return Expr(.variable(name), start)
        case .atom(let name): advance(); return Expr(.atom(name), start)
        case .integer(let n): advance(); return Expr(.integer(n), start)
        case .bigInteger(let digits): advance(); return Expr(.bigInteger(digits), start)
        case .float(let x): advance(); return Expr(.float(x), start)
        case .char(let c): advance(); return Expr(.char(c), start)
        case .string: return parseStrings()
        default: throw syntaxError()
        }
    }

    /// '(' expr ')' ; no node of its own.
    private mutating func parseParenthesized(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        advance()
        let inner = grammar == .pattern ? try parsePattern() : try parseExpr()
        try expectPunct(")")
        return inner
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

    private mutating func parseKeywordExpr() throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        switch keywordKind() {
        case .begin: return try parseBlock()
        case .if: return try parseIf()
        case .case: return try parseCase()
        case .receive: return try parseReceive()
        case .fun: return try parseFun()
        case .try: return try parseTry()
        case .other: throw syntaxError()
        }
    }

    private enum KeywordKind { case begin, `if`, `case`, receive, fun, `try`, other }

    private func keywordKind() -> KeywordKind {
        guard case .keyword(let word) = current.kind else { return .other }
        switch word {
        case "begin": return .begin
        case "if": return .if
        case "case": return .case
        case "receive": return .receive
        case "fun": return .fun
        case "try": return .try
        default: return .other
        }
    }

    /// list -> '[' ']' | '[' expr tail ; tail -> ']' | '|' expr ']' | ',' expr tail
    /// list_comprehension -> '[' expr '||' lc_exprs ']' 
    private mutating func parseList(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let open = current.location
        advance()
        if isPunct("]") { advance(); return Expr(.nil, open) }
        let first = try parseExpr()
        if grammar == .expression, isPunct("||") { return try parseListComprehension(first, at: open) }
        return try parseListTail(first, at: open)
    }

    /// '[' expr '||' lc_exprs ']' after the template.
    private mutating func parseListComprehension(_ template: Expr, at open: SourceLocation) throws(SyntaxError) -> Expr {
        advance()
        let qualifiers = try parseQualifiers()
        try expectPunct("]")
        return Expr(.listComprehension(template, qualifiers), open)
    }

    /// The rest of a list after its first element.
    private mutating func parseListTail(_ first: Expr, at open: SourceLocation) throws(SyntaxError) -> Expr {
        var elements = [first]
        while isPunct(",") {
            advance()
            try checkChainLength(elements.count)
            elements.append(try parseExpr())
        }
        var tail: Expr
        if isPunct("|") {
            advance()
            tail = try parseExpr()
        } else {
            tail = Expr(.nil, current.location)      // erl_parse places it at the ']'
        }
        try expectPunct("]")
        return Self.makeList(elements, tail: tail, at: open)
    }

    /// Cons cells from the last element back; the outer cell is located at the
    /// '[', each inner one at its element.
    static func makeList(_ elements: [Expr], tail: Expr, at open: SourceLocation) -> Expr {
        var list = tail
        for (i, element) in elements.enumerated().reversed() {
            list = Expr(.cons(element, list), i == 0 ? open : element.firstLocation)
        }
        return list
    }

    /// tuple -> '{' '}' | '{' exprs '}'
    private mutating func parseTuple() throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
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

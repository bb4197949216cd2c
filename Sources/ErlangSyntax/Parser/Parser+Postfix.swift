// What may follow a primary expression: a remote name, a call, or a chain of
// record/map operations. erl_parse's grammar restricts how they combine:
//
//   expr_700      -> function_call | record_expr | map_expr | expr_800
//   function_call -> expr_800 argument_list
//   expr_800      -> expr_max ':' expr_max | expr_max
//   map_expr      -> '#' map_tuple | expr_max '#' map_tuple | map_expr '#' map_tuple
//   record_expr   -> '#' atom ('.' atom | record_tuple)
//                  | expr_max '#' atom ('.' atom | record_tuple)
//                  | record_expr '#' atom ('.' atom | record_tuple)
//
// So `f()()`, `f()#r.a`, `a:b:c`, `X#r{}#{}` and `#{}#r.a` are syntax errors.
// In patterns only `#{...}`, `#r{...}` and `#r.f` (with no base) are allowed.

extension Parser {
    /// The kind of the last link of a `#` chain, which decides what may follow.
    private enum Chain { case primary, map, record }

    /// (A dispatcher only, to keep its frame small: see Parser+Primary.swift.)
    mutating func parsePostfix(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        if startsHashExpr() { return try parseHashStart(grammar) }
        let primary = try parsePrimary(grammar)
        return grammar == .pattern ? primary : try parseSuffixes(primary)
    }

    private func startsHashExpr() -> Bool { isPunct("#") }

    /// '#' map_tuple or '#' atom ... with no base, chained in expressions only.
    private mutating func parseHashStart(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        let (expr, chain) = try parseHashSuffix(base: nil)
        return grammar == .pattern ? expr : try parseHashChain(expr, chain)
    }

    /// expr_max ':' expr_max ['(' args ')'] | expr_max '(' args ')' | expr_max '#' ...
    mutating func parseSuffixes(_ primary: Expr) throws(SyntaxError) -> Expr {
        if isPunct(":") {
            let colon = current.location
            advance()
            let function = try parsePrimary(.expression)
            let remote = Expr(.remote(primary, function), colon)
            return isPunct("(") ? try parseCall(remote) : remote
        }
        if isPunct("(") { return try parseCall(primary) }
        return try parseHashChain(primary, .primary)
    }

    /// Record and map operations applied one after another.
    private mutating func parseHashChain(_ first: Expr, _ firstChain: Chain) throws(SyntaxError) -> Expr {
        var expr = first
        var chain = firstChain
        while isPunct("#") {
            let next = peekKind()
            // erl_parse shifts the `#` and then fails on the next token.
            var misplaced = false
            if case .atom = next, chain == .map { misplaced = true }
            if next == .punct("{"), chain == .record { misplaced = true }
            if misplaced { advance(); throw syntaxError() }
            (expr, chain) = try parseHashSuffix(base: expr)
        }
        return expr
    }

    /// function_call -> expr_800 '(' [exprs] ')'
    private mutating func parseCall(_ callee: Expr) throws(SyntaxError) -> Expr {
        let args = try parseArguments(.expression)
        return Expr(.call(callee, args), callee.firstLocation)
    }

    /// argument_list -> '(' ')' | '(' exprs ')'   (pat_exprs in function heads)
    mutating func parseArguments(_ grammar: Grammar) throws(SyntaxError) -> [Expr] {
        try expectPunct("(")
        try enterNesting()
        defer { leaveNesting() }
        if isPunct(")") { advance(); return [] }
        var args = [grammar == .pattern ? try parsePattern() : try parseExpr()]
        while isPunct(",") {
            advance()
            args.append(grammar == .pattern ? try parsePattern() : try parseExpr())
        }
        try expectPunct(")")
        return args
    }

    /// '#' map_tuple | '#' atom '.' atom | '#' atom record_tuple, applied to `base`.
    private mutating func parseHashSuffix(base: Expr?) throws(SyntaxError) -> (expr: Expr, chain: Chain) {
        let hash = current.location
        advance()
        if isPunct("{") {
            let fields = try parseMapFields()
            return (Expr(.map(base: base, fields: fields), hash), .map)
        }
        guard case .atom(let name) = current.kind else { throw syntaxError() }
        advance()
        if isPunct(".") {
            advance()
            guard case .atom(let field) = current.kind else { throw syntaxError() }
            advance()
            if let base { return (Expr(.recordField(base, name: name, field: field), hash), .record) }
            return (Expr(.recordIndex(name: name, field: field), hash), .record)
        }
        guard isPunct("{") else { throw syntaxError() }
        let fields = try parseRecordFields(record: name)
        return (Expr(.record(base: base, name: name, fields: fields), hash), .record)
    }

    /// map_tuple -> '{' '}' | '{' map_field (',' map_field)* '}'
    /// map_field -> expr '=>' expr | expr ':=' expr
    private mutating func parseMapFields() throws(SyntaxError) -> [MapField] {
        try expectPunct("{")
        try enterNesting()
        defer { leaveNesting() }
        var fields: [MapField] = []
        if isPunct("}") { advance(); return fields }
        repeat {
            if !fields.isEmpty { advance() }
            let key = try parseExpr()
            let exact: Bool
            if isPunct("=>") { exact = false } else if isPunct(":=") { exact = true } else { throw syntaxError() }
            let operatorLocation = current.location
            advance()
            fields.append(MapField(key: key, value: try parseExpr(), exact: exact, loc: operatorLocation))
        } while isPunct(",")
        try expectPunct("}")
        return fields
    }

    /// record_tuple -> '{' '}' | '{' record_field (',' record_field)* '}'
    /// record_field -> var '=' expr | atom '=' expr
    private mutating func parseRecordFields(record: String) throws(SyntaxError) -> [RecordField] {
        try expectPunct("{")
        try enterNesting()
        defer { leaveNesting() }
        var fields: [RecordField] = []
        if isPunct("}") { advance(); return fields }
        repeat {
            if !fields.isEmpty { advance() }
            let name: String
            let nameLocation = current.location
            switch current.kind {
            case .atom(let a): name = a
            case .variable("_"): name = "_"
            case .variable(let v):
                // erl_parse accepts any variable here; erl_lint then rejects it.
                deferredErrors.append(.error(current.location, "field '\(v)' is not an atom or _ in record \(record)"))
                name = v
            default: throw syntaxError()
            }
            advance()
            try expectPunct("=")
            fields.append(RecordField(name: name, value: try parseExpr(), loc: nameLocation))
        } while isPunct(",")
        try expectPunct("}")
        return fields
    }
}

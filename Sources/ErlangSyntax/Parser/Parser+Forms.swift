// Top-level forms:
//
//   form            -> attribute dot | function dot
//   function        -> function_clause (';' function_clause)*
//   function_clause -> atom pat_argument_list clause_guard clause_body
//
// Attributes are in Parser+Attributes.swift.

extension Parser {
    mutating func parseForm() throws(SyntaxError) -> Form {
        depth = 0
        if isPunct("-") { return try parseAttribute() }
        if case .atom = current.kind { return .function(try parseFunction()) }
        throw syntaxError()
    }

    /// All clauses must have the first clause's name and arity; erl_parse
    /// checks this once the last clause has parsed, before the dot ("head mismatch").
    private mutating func parseFunction() throws(SyntaxError) -> Function {
        var heads: [(name: String, loc: SourceLocation)] = []
        var clauses: [Clause] = []
        repeat {
            if !clauses.isEmpty { advance() }
            guard case .atom(let name) = current.kind else { throw syntaxError() }
            let start = current.location
            advance()
            let patterns = try parseArguments(.pattern)
            let guards = try parseClauseGuard()
            let body = try parseClauseBody()
            heads.append((name, start))
            clauses.append(Clause(patterns: patterns, guards: guards, body: body, loc: start))
        } while isPunct(";")
        let name = heads[0].name
        let arity = clauses[0].patterns.count
        for (head, clause) in zip(heads, clauses) where head.name != name || clause.patterns.count != arity {
            throw SyntaxError(head.loc, "head mismatch")
        }
        try expectDot()
        return Function(name: name, arity: arity, clauses: clauses, loc: heads[0].loc)
    }
}

extension Expr {
    /// The location of the leftmost token of the expression. erl_parse reports
    /// bad attribute contents there (`-export([f/0, g + 1])` at `g`).
    var firstLocation: SourceLocation {
        var expr = self
        while true {
            switch expr.kind {
            case .binaryOp(_, let lhs, _), .match(let lhs, _): expr = lhs
            case .call(let callee, _): expr = callee
            case .remote(let module, _): expr = module
            case .recordField(let base, _, _): expr = base
            case .record(let base?, _, _), .map(let base?, _): expr = base
            default: return expr.loc
            }
        }
    }
}

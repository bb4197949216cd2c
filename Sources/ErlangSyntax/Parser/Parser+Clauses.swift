// Clauses shared by functions, funs, case, receive, if and try.
//
//   clause_guard -> 'when' guard | (empty)
//   guard        -> exprs (';' exprs)*
//   clause_body  -> '->' exprs
//   cr_clause    -> expr clause_guard clause_body            (case, receive, try-of)
//   if_clause    -> guard clause_body
//   try_clause   -> pat_expr clause_guard clause_body
//                 | (atom | var) ':' pat_expr [':' var] clause_guard clause_body

extension Parser {
    /// Alternatives separated by `;`, each a conjunction separated by `,`.
    mutating func parseClauseGuard() throws(SyntaxError) -> [[Expr]] {
        guard isKeyword("when") else { return [] }
        advance()
        return try parseGuard()
    }

    mutating func parseGuard() throws(SyntaxError) -> [[Expr]] {
        var alternatives = [try parseExprList()]
        while isPunct(";") {
            advance()
            alternatives.append(try parseExprList())
        }
        return alternatives
    }

    mutating func parseClauseBody() throws(SyntaxError) -> [Expr] {
        try expectPunct("->")
        return try parseExprList()
    }

    /// cr_clauses -> cr_clause (';' cr_clause)*
    mutating func parseCaseClauses() throws(SyntaxError) -> [Clause] {
        var clauses: [Clause] = []
        repeat {
            if !clauses.isEmpty { advance() }
            let pattern = try parseExpr()
            let guards = try parseClauseGuard()
            let body = try parseClauseBody()
            clauses.append(Clause(patterns: [pattern], guards: guards, body: body, loc: pattern.firstLocation))
        } while isPunct(";")
        return clauses
    }

    /// if_clauses -> if_clause (';' if_clause)*
    mutating func parseIfClauses() throws(SyntaxError) -> [Clause] {
        var clauses: [Clause] = []
        repeat {
            if !clauses.isEmpty { advance() }
            let guards = try parseGuard()
            let body = try parseClauseBody()
            clauses.append(Clause(patterns: [], guards: guards, body: body, loc: guards[0][0].firstLocation))
        } while isPunct(";")
        return clauses
    }

    /// try_clauses -> try_clause (';' try_clause)*
    mutating func parseCatchClauses() throws(SyntaxError) -> [CatchClause] {
        var clauses: [CatchClause] = []
        repeat {
            if !clauses.isEmpty { advance() }
            clauses.append(try parseCatchClause())
        } while isPunct(";")
        return clauses
    }

    private mutating func parseCatchClause() throws(SyntaxError) -> CatchClause {
        var classPattern: Expr?
        switch current.kind {
        case .atom, .variable:
            if peekKind() == .punct(":") {
                classPattern = try parsePrimary(.pattern)
                advance()
            }
        default: break
        }
        let reason = try parsePattern()
        var stacktrace: String?
        var stacktraceLocation: SourceLocation?
        if classPattern != nil, isPunct(":") {
            advance()
            guard case .variable(let name) = current.kind else { throw syntaxError() }
            stacktrace = name
            stacktraceLocation = current.location
            advance()
        }
        let guards = try parseClauseGuard()
        let body = try parseClauseBody()
        return CatchClause(classPattern: classPattern, reason: reason, stacktrace: stacktrace,
                           guards: guards, body: body, loc: classPattern?.loc ?? reason.firstLocation,
                           stacktraceLoc: stacktraceLocation)
    }
}

// Control constructs (expressions only, never patterns).

extension Parser {
    /// 'begin' exprs 'end'
    mutating func parseBlock() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        let body = try parseExprList()
        try expectKeyword("end")
        return Expr(.block(body), start)
    }

    /// 'if' if_clauses 'end'
    mutating func parseIf() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        let clauses = try parseIfClauses()
        try expectKeyword("end")
        return Expr(.if(clauses), start)
    }

    /// 'case' expr 'of' cr_clauses 'end'
    mutating func parseCase() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        let subject = try parseExpr()
        try expectKeyword("of")
        let clauses = try parseCaseClauses()
        try expectKeyword("end")
        return Expr(.case(subject, clauses), start)
    }

    /// 'receive' cr_clauses 'end'
    /// 'receive' [cr_clauses] 'after' expr clause_body 'end'
    mutating func parseReceive() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        let clauses = isKeyword("after") ? [] : try parseCaseClauses()
        var after: AfterClause?
        if isKeyword("after") {
            advance()
            let timeout = try parseExpr()
            after = AfterClause(timeout: timeout, body: try parseClauseBody())
        }
        try expectKeyword("end")
        return Expr(.receive(clauses, after: after), start)
    }

    /// 'try' exprs ['of' cr_clauses] try_catch
    /// try_catch -> 'catch' try_clauses ['after' exprs] 'end' | 'after' exprs 'end'
    mutating func parseTry() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        let body = try parseExprList()
        var ofClauses: [Clause] = []
        if isKeyword("of") {
            advance()
            ofClauses = try parseCaseClauses()
        }
        var catchClauses: [CatchClause] = []
        var after: [Expr] = []
        if isKeyword("catch") {
            advance()
            catchClauses = try parseCatchClauses()
            if isKeyword("after") {
                advance()
                after = try parseExprList()
            }
        } else if isKeyword("after") {
            advance()
            after = try parseExprList()
        } else {
            throw syntaxError()
        }
        try expectKeyword("end")
        return Expr(.try(body: body, ofClauses: ofClauses, catchClauses: catchClauses, after: after), start)
    }

    /// fun_expr -> 'fun' atom '/' integer
    ///           | 'fun' atom_or_var ':' atom_or_var '/' integer_or_var
    ///           | 'fun' fun_clauses 'end'
    mutating func parseFun() throws(SyntaxError) -> Expr {
        let start = current.location
        advance()
        switch funKind() {
        case .remoteReference: return try parseRemoteFunRef(at: start)
        case .localReference: return try parseLocalFunRef(at: start)
        case .named: return try parseNamedFun(at: start)
        case .anonymous: return Expr(.fun(try parseFunClauses(name: nil)), start)
        case .badVariable:
            advance()
            throw syntaxError()
        case .other: throw syntaxError()
        }
    }

    private enum FunKind { case remoteReference, localReference, named, anonymous, badVariable, other }

    /// What follows `fun`, decided by the next two tokens.
    private func funKind() -> FunKind {
        switch (current.kind, peekKind()) {
        case (.atom, .punct(":")), (.variable, .punct(":")): return .remoteReference
        case (.atom, _): return .localReference
        case (.variable, .punct("(")): return .named
        case (.punct("("), _): return .anonymous
        case (.variable, _): return .badVariable
        default: return .other
        }
    }

    /// `fun f/1`
    private mutating func parseLocalFunRef(at start: SourceLocation) throws(SyntaxError) -> Expr {
        guard case .atom(let name) = current.kind else { throw syntaxError() }
        advance()
        try expectPunct("/")
        guard case .integer(let arity) = current.kind else { throw syntaxError() }
        advance()
        return Expr(.funRef(name: name, arity: arity), start)
    }

    private mutating func parseNamedFun(at start: SourceLocation) throws(SyntaxError) -> Expr {
        guard case .variable(let name) = current.kind else { throw syntaxError() }
        let clauses = try parseFunClauses(name: name)
        return Expr(.namedFun(name, clauses), start)
    }

    /// `fun M:F/A` where each part is an atom (integer for A) or a variable.
    private mutating func parseRemoteFunRef(at start: SourceLocation) throws(SyntaxError) -> Expr {
        let module = try parseAtomOrVariable()
        try expectPunct(":")
        let name = try parseAtomOrVariable()
        try expectPunct("/")
        let arity: Expr
        switch current.kind {
        case .integer(let n): arity = Expr(.integer(n), current.location)
        case .variable(let v): arity = Expr(.variable(v), current.location)
        default: throw syntaxError()
        }
        advance()
        return Expr(.remoteFunRef(module: module, name: name, arity: arity), start)
    }

    private mutating func parseAtomOrVariable() throws(SyntaxError) -> Expr {
        let location = current.location
        switch current.kind {
        case .atom(let a): advance(); return Expr(.atom(a), location)
        case .variable(let v): advance(); return Expr(.variable(v), location)
        default: throw syntaxError()
        }
    }

    /// fun_clauses -> fun_clause (';' fun_clause)* 'end'
    /// fun_clause  -> [var] pat_argument_list clause_guard clause_body
    /// All clauses must agree on the name (or its absence) and on the arity:
    /// erl_parse reports "head mismatch" at the first clause that does not.
    private mutating func parseFunClauses(name: String?) throws(SyntaxError) -> [Clause] {
        var clauses: [Clause] = []
        var mismatch: SourceLocation?
        repeat {
            if !clauses.isEmpty { advance() }
            let (clause, clauseName) = try parseFunClause()
            if mismatch == nil, clauseName != name || clause.patterns.count != (clauses.first ?? clause).patterns.count {
                mismatch = clause.loc
            }
            clauses.append(clause)
        } while isPunct(";")
        try expectKeyword("end")
        if let mismatch { throw SyntaxError(mismatch, "head mismatch") }
        return clauses
    }

    /// fun_clause -> [var] pat_argument_list clause_guard clause_body
    private mutating func parseFunClause() throws(SyntaxError) -> (Clause, name: String?) {
        let start = current.location
        var name: String?
        if case .variable(let v) = current.kind {
            name = v
            advance()
        }
        let patterns = try parseArguments(.pattern)
        let guards = try parseClauseGuard()
        let body = try parseClauseBody()
        return (Clause(patterns: patterns, guards: guards, body: body, loc: start), name)
    }
}

// Expressions: what each one reads, binds, calls and leaves bound afterwards.

extension BodyChecker {
    /// Checks `e` with `vt` bound and returns the variables bound after it.
    func expr(_ e: Expr, _ vt: VarTable) -> VarTable {
        guard enterNested() else { return vt }
        defer { nesting -= 1 }
        switch e.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil:
            return vt
        case .variable(let name):
            return useVariable(name, at: e.loc, vt)
        case .tuple(let elements):
            return parallel(elements, vt)
        case .cons:
            let (elements, tail) = listElements(e)
            return parallel(elements + [tail], vt)
        case .map(let base, let fields):
            if base == nil {
                for field in fields where field.exact {
                    report.add(.illegalMapConstruction, at: field.loc ?? field.key.loc)
                }
            }
            return parallel((base.map { [$0] } ?? []) + fields.flatMap { [$0.key, $0.value] }, vt)
        case .binary(let segments):
            return binaryConstruction(segments, vt)
        case .record(let base, let name, let fields):
            return recordExpression(e, base: base, name: name, fields: fields, vt)
        case .recordField(let base, let name, let field):
            let after = expr(base, vt)
            recordFieldAccess(e, name: name, field: field)
            return after
        case .recordIndex(let name, let field):
            recordFieldAccess(e, name: name, field: field)
            return vt
        case .match(let lhs, let rhs):
            reportConstantMismatch(pattern: lhs, value: rhs, at: e.loc)
            let afterValue = expr(rhs, vt)
            var scope = PatternScope(shadowing: nil)
            pattern(lhs, afterValue, &scope)
            return scope.apply(to: afterValue, store: store)
        case .binaryOp(let op, let lhs, let rhs):
            if op == "andalso" || op == "orelse" {
                let afterLeft = expr(lhs, vt)
                return expr(rhs, afterLeft).markingNewUnsafe(since: afterLeft, construct: op, at: e.loc)
            }
            return parallel(operatorOperands(e), vt)
        case .unaryOp(_, let operand):
            return expr(operand, vt)
        case .call(let callee, let args):
            return call(e, callee, args, vt)
        case .remote(let m, let f):
            return parallel([m, f], vt)
        case .funRef(let name, let arity):
            funReference(FunctionName(name, arity), at: e.loc)
            return vt
        case .remoteFunRef(let m, let f, let a):
            return parallel([m, f, a], vt)
        case .fun(let clauses):
            reportUnreachableClauses(clauses, VarTable(), function: nil)
            for c in clauses { _ = checkClause(c, vt, shadowing: "fun") }
            return vt
        case .namedFun(let name, let clauses):
            namedFun(e, name, clauses, vt)
            return vt
        case .block(let body):
            return exprs(body, vt)
        case .case(let subject, let clauses):
            let afterSubject = expr(subject, vt)
            reportUnreachableClauses(clauses, afterSubject, function: nil)
            reportConstantCase(subject, clauses, at: e.loc)
            let results = clauses.map { checkClause($0, afterSubject, shadowing: nil) }
            return afterSubject.mergingBranches(results, construct: "case", at: e.loc)
        case .if(let clauses):
            reportUnreachableClauses(clauses, vt, function: nil)
            let results = clauses.map { checkClause($0, vt, shadowing: nil) }
            return vt.mergingBranches(results, construct: "if", at: e.loc)
        case .receive(let clauses, let after):
            return receive(e, clauses, after, vt)
        case .try(let body, let ofClauses, let catchClauses, let after):
            return tryExpression(e, body, ofClauses, catchClauses, after, vt)
        case .catch(let inner):
            return expr(inner, vt).markingNewUnsafe(since: vt, construct: "catch", at: e.loc)
        case .listComprehension(let template, let qualifiers),
             .binaryComprehension(let template, let qualifiers):
            comprehension([template], qualifiers, vt)
            return vt
        case .mapComprehension(let key, let value, let qualifiers):
            comprehension([key, value], qualifiers, vt)
            return vt
        }
    }

    /// The operands of a tree of (non-short-circuit) binary operators, found without recursion:
    /// `A + B + ... + Z` can be thousands deep, and its operands are checked side by side anyway.
    private func operatorOperands(_ e: Expr) -> [Expr] {
        var operands: [Expr] = []
        var pending = [e]
        while let next = pending.popLast() {
            if case .binaryOp(let op, let l, let r) = next.kind, op != "andalso", op != "orelse" {
                pending.append(r)
                pending.append(l)
            } else {
                operands.append(next)
            }
        }
        return operands
    }

    /// `[a, b | T]` as its elements and final tail, without recursing down long lists.
    func listElements(_ e: Expr) -> (elements: [Expr], tail: Expr) {
        var elements: [Expr] = []
        var rest = e
        while case .cons(let head, let tail) = rest.kind {
            elements.append(head)
            rest = tail
        }
        return (elements, rest)
    }

    /// `fun Name(...) -> ... end`: Name is bound inside the fun, at the fun's position.
    private func namedFun(_ e: Expr, _ name: String, _ clauses: [Clause], _ vt: VarTable) {
        if vt[name] != nil && !facts.options.nowarnShadowVars {
            report.add(.shadowedVar(name, in: "named fun"), at: e.loc)
        }
        var inner = vt
        inner[name] = VarState(status: .bound, bindings: [store.add(name, at: e.loc)])
        reportUnreachableClauses(clauses, VarTable(), function: nil)
        for c in clauses { _ = checkClause(c, inner, shadowing: "fun") }
    }

    /// receive: each clause is a branch, and so is the `after` body.
    private func receive(_ e: Expr, _ clauses: [Clause], _ after: AfterClause?, _ vt: VarTable) -> VarTable {
        reportUnreachableClauses(clauses, vt, function: nil)
        var results = clauses.map { checkClause($0, vt, shadowing: nil) }
        if let after {
            let afterTimeout = expr(after.timeout, vt)
            results.append(exprs(after.body, afterTimeout))
        }
        return vt.mergingBranches(results, construct: "receive", at: e.loc)
    }

    /// try: the `of` clauses see the body's variables; the catch clauses and the after body see
    /// them as unsafe. Nothing bound anywhere in a try is safe to use after it.
    private func tryExpression(_ e: Expr, _ body: [Expr], _ ofClauses: [Clause], _ catchClauses: [CatchClause],
                               _ after: [Expr], _ vt: VarTable) -> VarTable {
        let afterBody = exprs(body, vt)
        reportUnreachableClauses(ofClauses, afterBody, function: nil)
        let ofResults = ofClauses.map { checkClause($0, afterBody, shadowing: nil) }
        let unsafeBody = afterBody.markingNewUnsafe(since: vt, construct: "try", at: e.loc)
        let catchResults = catchClauses.map { catchClause($0, unsafeBody) }
        let afterResult = exprs(after, unsafeBody)
        let all = unsafeBody.mergingParallel(ofResults + catchResults + [afterResult])
        return all.markingNewUnsafe(since: vt, construct: "try", at: e.loc)
    }

    /// `Class:Reason:Stacktrace when Guard -> Body`.
    private func catchClause(_ c: CatchClause, _ vt: VarTable) -> VarTable {
        var scope = PatternScope(shadowing: nil)
        if let cls = c.classPattern { pattern(cls, vt, &scope) }
        pattern(c.reason, vt, &scope)
        if let st = c.stacktrace {
            let loc = c.stacktraceLoc ?? guessStacktraceLocation(c)
            pattern(Expr(.variable(st), loc), vt, &scope)
        }
        let inner = scope.apply(to: vt, store: store)
        guardSequence(c.guards, inner)
        return exprs(c.body, inner)
    }

    /// Without a recorded position, assume `Reason:Stack` written without spaces.
    private func guessStacktraceLocation(_ c: CatchClause) -> SourceLocation {
        var loc = c.reason.loc
        if case .variable(let r) = c.reason.kind { loc.column += r.count + 1 }
        return loc
    }

    /// List, binary and map comprehensions. Generator patterns bind fresh variables (shadowing
    /// outer ones); nothing bound inside is visible after the comprehension.
    func comprehension(_ templates: [Expr], _ qualifiers: [Qualifier], _ vt: VarTable) {
        var inner = vt
        for q in qualifiers {
            switch q {
            case .generator(let p, let source), .binaryGenerator(let p, let source):
                inner = generator([p], source, inner)
            case .mapGenerator(let k, let v, let source):
                inner = generator([k, v], source, inner)
            case .filter(let test):
                inner = expr(test, inner)
            }
        }
        _ = parallel(templates, inner)
    }

    private func generator(_ patterns: [Expr], _ source: Expr, _ vt: VarTable) -> VarTable {
        let afterSource = expr(source, vt)
        var scope = PatternScope(shadowing: "generate")
        for p in patterns { pattern(p, afterSource, &scope) }
        return scope.apply(to: afterSource, store: store)
    }
}

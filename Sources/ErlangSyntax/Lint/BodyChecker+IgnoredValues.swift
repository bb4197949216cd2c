// Warnings the compiler's optimisation passes give for a value computed and thrown away
// (an expression in a body that is not the last one). They come after erl_lint in erlc, so
// the linter reports them only when there is no error; escript's interpreter never gives them.

private let comparisonOperators: Set<String> = ["==", "/=", "=:=", "=/=", "<", ">", "=<", ">="]

extension BodyChecker {
    func reportIgnoredValue(_ e: Expr, _ vt: VarTable) {
        switch e.kind {
        case .integer, .bigInteger, .float, .char, .tuple, .cons, .binary, .map, .fun, .namedFun:
            report.add(.termConstructed, at: e.loc)
        case .string(let s) where !s.isEmpty:
            report.add(.termConstructed, at: e.loc)
        case .record(nil, _, _):
            report.add(.termConstructed, at: e.loc)
        case .remoteFunRef:
            report.add(.funResultIgnored, at: e.loc)
        case .binaryOp(let op, _, _):
            ignoredOperator(op, arity: 2, at: e.loc)
        case .unaryOp(let op, _):
            ignoredOperator(op, arity: 1, at: e.loc)
        case .call(let callee, let args):
            ignoredCall(callee, arity: args.count, at: e.loc)
        case .block(let body):
            ignoredBody(body, vt)
        case .case(_, let clauses), .if(let clauses):
            for c in clauses { ignoredBody(c.body, vt) }
        case .receive(let clauses, let after):
            for c in clauses { ignoredBody(c.body, vt) }
            if let after { ignoredBody(after.body, vt) }
        case .try(let body, let ofClauses, let catchClauses, _):
            if ofClauses.isEmpty { ignoredBody(body, vt) }
            for c in ofClauses { ignoredBody(c.body, vt) }
            for c in catchClauses { ignoredBody(c.body, vt) }
        default:
            break
        }
    }

    /// The value of a body is its last expression.
    private func ignoredBody(_ body: [Expr], _ vt: VarTable) {
        if let last = body.last { reportIgnoredValue(last, vt) }
    }

    private func ignoredOperator(_ op: String, arity: Int, at loc: SourceLocation) {
        if comparisonOperators.contains(op) {
            report.add(.operatorHasNoEffect(op), at: loc)
        } else if BIFTables.pure.contains("\(op)/\(arity)") {
            report.add(.operatorResultIgnored(op, arity: arity), at: loc)
        }
    }

    /// Calls of side-effect-free BIFs: "no effect" when they cannot fail either.
    private func ignoredCall(_ callee: Expr, arity: Int, at loc: SourceLocation) {
        switch callee.kind {
        case .atom(let name):
            let f = FunctionName(name, arity)
            guard facts.defined[f] == nil, facts.imports[f] == nil, facts.options.isAutoImported(f) else { return }
            ignoredBIFCall(f, at: loc)
        case .remote(let m, let fn):
            guard case .atom(let module) = m.kind, case .atom(let name) = fn.kind else { return }
            let f = FunctionName(name, arity)
            if module == "erlang" {
                ignoredBIFCall(f, at: loc)
            } else if BIFTables.pureRemote.contains("\(module):\(f)") {
                // maps:get/2 is inlined as map_get/2 first, and erlc reports both.
                if module == "maps" && f == FunctionName("get", 2) {
                    report.add(.callResultIgnored("map_get/2"), at: loc)
                }
                report.add(.callResultIgnored("\(atomText(module)):\(functionText(f))"), at: loc)
            }
        default:
            break
        }
    }

    private func ignoredBIFCall(_ f: FunctionName, at loc: SourceLocation) {
        if BIFTables.safe.contains(f.description) {
            report.add(.callHasNoEffect(functionText(f)), at: loc)
        } else if BIFTables.pure.contains(f.description) {
            report.add(.callResultIgnored(functionText(f)), at: loc)
        }
    }
}

// Guards: only a restricted set of expressions (no side effects, no user functions) is allowed,
// and a guard never binds variables.

extension BodyChecker {
    func guardSequence(_ alternatives: [[Expr]], _ vt: VarTable) {
        for conjunction in alternatives {
            for test in conjunction { guardExpr(test, vt) }
        }
    }

    func guardExpr(_ g: Expr, _ vt: VarTable) {
        guard enterNested() else { return }
        defer { nesting -= 1 }
        switch g.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil:
            return
        case .recordIndex(let name, let field):
            recordFieldAccess(g, name: name, field: field)
        case .variable(let name):
            _ = useVariable(name, at: g.loc, vt)
        case .tuple(let elements):
            for e in elements { guardExpr(e, vt) }
        case .cons:
            let (elements, tail) = listElements(g)
            for e in elements + [tail] { guardExpr(e, vt) }
        case .map(let base, let fields):
            if let base { guardExpr(base, vt) }
            for field in fields {
                guardExpr(field.key, vt)
                guardExpr(field.value, vt)
            }
        case .binary(let segments):
            for s in segments {
                guardExpr(s.value, vt)
                if let size = s.size { guardExpr(size, vt) }
                checkBitTypes(s, inPattern: false)
            }
        case .record(nil, let name, let fields):
            if let info = recordUse(name, at: g.loc) {
                checkRecordFields(fields, of: name, info, construction: true)
            }
            for field in fields { guardExpr(field.value, vt) }
        case .recordField(let base, let name, let field):
            guardExpr(base, vt)
            recordFieldAccess(g, name: name, field: field)
        case .binaryOp(let op, let l, let r):
            if !BIFTables.guardOperators.contains(op) { report.add(.illegalGuardExpr, at: g.loc) }
            guardExpr(l, vt)
            guardExpr(r, vt)
        case .unaryOp(_, let x):
            guardExpr(x, vt)
        case .call(let callee, let args):
            guardCall(g, callee, args, vt)
        default:
            report.add(.illegalGuardExpr, at: g.loc)
        }
    }

    /// Guard calls: BIFs from the guard list, unqualified or as erlang:F(...). A local or
    /// imported function of the same name makes the call illegal.
    private func guardCall(_ g: Expr, _ callee: Expr, _ args: [Expr], _ vt: VarTable) {
        let f: FunctionName
        switch callee.kind {
        case .atom(let name):
            f = FunctionName(name, args.count)
            if facts.defined[f] != nil || facts.imports[f] != nil {
                report.add(.localCallInGuard(f), at: g.loc)
            } else if !BIFTables.guardBIFs.contains(f.description) || !facts.options.isAutoImported(f) {
                report.add(.illegalGuardExpr, at: g.loc)
            } else {
                isRecordTest(f, args)
            }
        case .remote(let m, let fn):
            guard case .atom("erlang") = m.kind, case .atom(let name) = fn.kind,
                  BIFTables.guardBIFs.contains("\(name)/\(args.count)") || BIFTables.guardOperators.contains(name) else {
                report.add(.illegalGuardExpr, at: g.loc)
                return
            }
            f = FunctionName(name, args.count)
            isRecordTest(f, args)
        default:
            report.add(.illegalGuardExpr, at: g.loc)
            return
        }
        for a in args { guardExpr(a, vt) }
    }

    /// `is_record(X, r)` names a record, which must be defined.
    func isRecordTest(_ f: FunctionName, _ args: [Expr]) {
        guard f == FunctionName("is_record", 2), case .atom(let name) = args[1].kind else { return }
        _ = recordUse(name, at: args[1].loc)
    }
}

// Which expressions are guard expressions: the test the linter applies to guards, as a
// predicate. The compiler needs it too: a comprehension filter that is a guard expression is
// evaluated as a guard (an exception or a non-`true` value drops the element), any other filter
// as an ordinary expression (exceptions propagate, a non-boolean raises {bad_filter, V}).

extension BIFTables {
    /// Operators allowed in guards (everything but `++`, `--`, `!` and `=`).
    static let guardOperators: Set<String> = [
        "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot",
        "and", "or", "xor", "not", "andalso", "orelse",
        "==", "/=", "=:=", "=/=", "<", ">", "=<", ">=",
    ]
}

extension Expr {
    /// Whether this expression may appear in a guard. `isLocal(name, arity)` says whether an
    /// unqualified call names a function of the module or an imported one: such a call is no
    /// guard BIF even when a BIF of that name exists.
    public func isGuardExpression(isLocal: (String, Int) -> Bool) -> Bool {
        func all(_ es: [Expr]) -> Bool { es.allSatisfy { $0.isGuardExpression(isLocal: isLocal) } }
        switch kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil, .variable, .recordIndex:
            return true
        case .tuple(let es):
            return all(es)
        case .cons(let h, let t):
            return all([h, t])
        case .map(let base, let fields):
            return all(base.map { [$0] } ?? []) && all(fields.flatMap { [$0.key, $0.value] })
        case .binary(let segments):
            return all(segments.flatMap { [$0.value] + ($0.size.map { [$0] } ?? []) })
        case .record(nil, _, let fields):
            return all(fields.map(\.value))
        case .recordField(let base, _, _):
            return base.isGuardExpression(isLocal: isLocal)
        case .binaryOp(let op, let l, let r):
            return BIFTables.guardOperators.contains(op) && all([l, r])
        case .unaryOp(_, let x):
            return x.isGuardExpression(isLocal: isLocal)
        case .call(let callee, let args):
            return Expr.isGuardCallee(callee, arity: args.count, isLocal: isLocal) && all(args)
        default:
            return false
        }
    }

    /// A guard BIF called unqualified (and not shadowed by a local or imported function), or an
    /// erlang guard BIF or operator called as `erlang:F(...)`.
    private static func isGuardCallee(_ callee: Expr, arity: Int, isLocal: (String, Int) -> Bool) -> Bool {
        switch callee.kind {
        case .atom(let name):
            return !isLocal(name, arity) && BIFTables.guardBIFs.contains("\(name)/\(arity)")
        case .remote(let m, let f):
            guard case .atom("erlang") = m.kind, case .atom(let name) = f.kind else { return false }
            return BIFTables.guardBIFs.contains("\(name)/\(arity)") || BIFTables.guardOperators.contains(name)
        default:
            return false
        }
    }
}

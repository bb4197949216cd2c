import BigInt
import ErlangSyntax

/// The value of a literal term written in source: what the compiler folds at compile time
/// and what file:consult/1 reads.
public enum LiteralValue {
    /// Numbers, atoms, characters, strings, `[]`, tuples, lists and negated numbers; any
    /// other expression (at any depth) is valued by `other`, nil meaning "not a literal".
    public static func term(_ e: Expr, other: (Expr) -> Term?) -> Term? {
        switch e.kind {
        case .integer(let i): return .int(i)
        case .bigInteger(let s): return BigInt(s).map { Term.integer($0) }
        case .float(let f): return .float(f)
        case .atom(let a): return .atom(a)
        case .char(let c): return .int(c)
        case .string(let cs): return Term.list(cs.map { Term.int($0) })
        case .nil: return .nil
        case .tuple(let xs):
            var out: [Term] = []
            for x in xs { guard let c = term(x, other: other) else { return nil }; out.append(c) }
            return .tuple(Tuple.make(out))
        case .cons:
            var heads: [Term] = []
            var t = e
            while case .cons(let h, let rest) = t.kind {
                guard let c = term(h, other: other) else { return nil }
                heads.append(c); t = rest
            }
            guard let tail = term(t, other: other) else { return nil }
            return Term.list(heads, tail: tail)
        case .unaryOp("-", let x):
            switch term(x, other: other) {
            case .int(let i)?: return i == Int.min ? .integer(-BigInt(i)) : .int(-i)
            case .big(let b)?: return .integer(-b.value)
            case .float(let f)?: return .float(-f)
            default: return nil
            }
        default:
            return other(e)
        }
    }
}

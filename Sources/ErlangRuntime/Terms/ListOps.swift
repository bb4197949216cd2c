/// `++` and `--` (also erlang:'++'/2 and lists:subtract/2).
public enum ListOps {
    /// `A ++ B`: A must be a proper list; B may be anything (the result's tail).
    public static func append(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .nil = a { return b }
        guard let elems = a.listElements else { throw .badarg }
        return Term.list(elems, tail: b)
    }

    /// `A -- B`: removes from A the first occurrence of each element of B.
    public static func subtract(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        guard var xs = a.listElements, let ys = b.listElements else { throw .badarg }
        if ys.isEmpty || xs.isEmpty { return a }
        if ys.count < 16 {
            for y in ys {
                if let i = xs.firstIndex(where: { $0 == y }) { xs.remove(at: i) }
            }
            return Term.list(xs)
        }
        var counts: [Term: Int] = [:]
        for y in ys { counts[y, default: 0] += 1 }
        var out: [Term] = []
        out.reserveCapacity(xs.count)
        for x in xs {
            if let c = counts[x], c > 0 { counts[x] = c - 1 } else { out.append(x) }
        }
        return Term.list(out)
    }
}

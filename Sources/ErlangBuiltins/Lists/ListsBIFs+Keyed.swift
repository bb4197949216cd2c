import ErlangRuntime

/// Lists of tuples searched by the element at position N (`keyfind/3`, `keystore/4`, ...).
/// Keys compare with `==`, so `1` finds `1.0`.
extension ListsBIFs {
    static let keyed: [String: BIFFunction] = [
        "keyfind/3": { a, p throws(ErlangError) in
            guard let (found, _) = try keySearch(a[0], a[1], a[2], p) else { return .false }
            return found
        },
        "keymember/3": { a, p throws(ErlangError) in
            .bool(try keySearch(a[0], a[1], a[2], p) != nil)
        },
        "keysearch/3": { a, p throws(ErlangError) in
            guard let (found, _) = try keySearch(a[0], a[1], a[2], p) else { return .false }
            return .tuple(.atom("value"), found)
        },
        "keydelete/3": { a, _ throws(ErlangError) in
            let (elements, i) = try keyPosition(a[0], a[1], a[2])
            guard let i else { return a[2] }
            return Term.list(elements[..<i], tail: ListsBIFs.skip(i + 1, a[2]) ?? .nil)
        },
        "keyreplace/4": { a, _ throws(ErlangError) in
            guard case .tuple = a[3] else { throw .functionClause }
            let (elements, i) = try keyPosition(a[0], a[1], a[2])
            guard let i else { return a[2] }
            let after = Term.cons(Cons(a[3], ListsBIFs.skip(i + 1, a[2]) ?? .nil))
            return Term.list(elements[..<i], tail: after)
        },
        "keystore/4": { a, _ throws(ErlangError) in
            guard case .tuple = a[3] else { throw .functionClause }
            let (elements, i) = try keyPosition(a[0], a[1], a[2])
            guard let i else { return Term.list(elements + [a[3]]) }
            let after = Term.cons(Cons(a[3], ListsBIFs.skip(i + 1, a[2]) ?? .nil))
            return Term.list(elements[..<i], tail: after)
        },
        "keytake/3": { a, _ throws(ErlangError) in
            let (elements, i) = try keyPosition(a[0], a[1], a[2])
            guard let i else { return .false }
            let rest = Term.list(elements[..<i], tail: ListsBIFs.skip(i + 1, a[2]) ?? .nil)
            return .tuple(.atom("value"), elements[i], rest)
        },
    ]

    /// The key of a list element: element N of a tuple of at least N elements.
    @inline(__always)
    static func key(of element: Term, _ n: Int) -> Term? {
        guard case .tuple(let t) = element, n <= t.count else { return nil }
        return t.elements[n - 1]
    }

    /// keyfind/keymember/keysearch, which OTP implements in C: the first tuple whose
    /// element N equals `wanted`, and its index. `badarg` for a bad N or a list that ends
    /// improperly before a match.
    static func keySearch(_ wanted: Term, _ nTerm: Term, _ list: Term,
                          _ p: ErlProcess) throws(ErlangError) -> (Term, Int)? {
        guard case .int(let n) = nTerm, n >= 1 else { throw .badarg }
        var t = list, i = 0
        defer { p.chargeWork(i) }
        while case .cons(let c) = t {
            if let k = key(of: c.head, n), compareTerms(k, wanted) == 0 { return (c.head, i) }
            t = c.tail; i += 1
        }
        guard case .nil = t else { throw .badarg }
        return nil
    }

    /// For the key functions OTP writes in Erlang: the list's elements up to and
    /// including the first match, and the match's index. `function_clause` for a bad N,
    /// or an improper list with no match.
    static func keyPosition(_ wanted: Term, _ nTerm: Term,
                            _ list: Term) throws(ErlangError) -> ([Term], Int?) {
        guard case .int(let n) = nTerm, n >= 1 else { throw .functionClause }
        var elements: [Term] = []
        var t = list
        while case .cons(let c) = t {
            elements.append(c.head)
            if let k = key(of: c.head, n), compareTerms(k, wanted) == 0 { return (elements, elements.count - 1) }
            t = c.tail
        }
        guard case .nil = t else { throw .functionClause }
        return (elements, nil)
    }
}

import ErlangRuntime

/// Walking, taking apart and joining lists.
extension ListsBIFs {
    static let basics: [String: BIFFunction] = [
        "reverse/1": { a, p throws(ErlangError) in
            let elements = try properList(a[0])
            p.chargeWork(elements.count)
            return Term.list(elements.reversed())
        },
        "reverse/2": { a, p throws(ErlangError) in
            let elements = try properList(a[0], .badarg)
            p.chargeWork(elements.count)
            var acc = a[1]
            for e in elements { acc = .cons(Cons(e, acc)) }
            return acc
        },
        "member/2": { a, p throws(ErlangError) in
            var t = a[1], n = 0
            defer { p.chargeWork(n) }
            while case .cons(let c) = t {
                if c.head == a[0] { return .true }
                t = c.tail; n += 1
            }
            guard case .nil = t else { throw .badarg }
            return .false
        },
        "append/2": { a, p throws(ErlangError) in try ListOps.append(a[0], a[1], p) },
        "append/1": { a, p throws(ErlangError) in
            let lists = try properList(a[0])
            guard var acc = lists.last else { return .nil }
            for l in lists.dropLast().reversed() { acc = try ListOps.append(l, acc, p) }
            return acc
        },
        "subtract/2": { a, p throws(ErlangError) in try ListOps.subtract(a[0], a[1], p) },
        "delete/2": { a, _ throws(ErlangError) in
            let prefix = ListPrefix(a[1])
            guard let i = prefix.elements.firstIndex(where: { $0 == a[0] }) else {
                guard prefix.isProper else { throw .functionClause }
                return a[1]
            }
            return Term.list(prefix.elements[..<i], tail: skip(i + 1, a[1]) ?? .nil)
        },
        "last/1": { a, _ throws(ErlangError) in
            guard let last = try properList(a[0]).last else { throw .functionClause }
            return last
        },
        "droplast/1": { a, _ throws(ErlangError) in
            let elements = try properList(a[0])
            guard !elements.isEmpty else { throw .functionClause }
            return Term.list(elements.dropLast())
        },
        "nth/2": { a, _ throws(ErlangError) in
            // OTP's nth/2 counts down with N - 1, so a non-number N is badarith.
            guard case .int(let n) = a[0] else {
                if a[0].isNumber { throw .functionClause }
                throw .badarith
            }
            guard n >= 1, case .cons(let c)? = skip(n - 1, a[1]) else { throw .functionClause }
            return c.head
        },
        "nthtail/2": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 0, let t = skip(n, a[1]) else { throw .functionClause }
            return t
        },
        "sublist/2": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[1], n >= 0, a[0].isList else { throw .functionClause }
            return try take(n, from: a[0])
        },
        "sublist/3": { a, _ throws(ErlangError) in
            guard case .int(let start) = a[1], start >= 1,
                  case .int(let n) = a[2], n >= 0, a[0].isList else { throw .functionClause }
            guard let t = skip(start - 1, a[0]) else { return .nil }
            return try take(n, from: t)
        },
        "split/2": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 0, a[1].isList else { throw .badarg }
            var front: [Term] = []
            var t = a[1]
            for _ in 0..<n {
                guard case .cons(let c) = t else {
                    if case .nil = t { throw .badarg }
                    throw .functionClause
                }
                front.append(c.head)
                t = c.tail
            }
            return .tuple(Term.list(front), t)
        },
        "prefix/2": { a, _ throws(ErlangError) in
            var x = a[0], y = a[1]
            while case .cons(let cx) = x, case .cons(let cy) = y, cx.head == cy.head {
                x = cx.tail; y = cy.tail
            }
            guard y.isList else { throw .functionClause }
            switch x {
            case .nil: return .true
            case .cons: return .false
            default: throw .functionClause
            }
        },
        "suffix/2": { a, _ throws(ErlangError) in
            let suffix = try properList(a[0], .badarg)
            let list = try properList(a[1], .badarg)
            guard list.count >= suffix.count else { return .false }
            return .bool(zip(list[(list.count - suffix.count)...], suffix).allSatisfy { $0 == $1 })
        },
    ]

    /// The list after its first `n` cells; nil if it has fewer.
    static func skip(_ n: Int, _ list: Term) -> Term? {
        var t = list
        for _ in 0..<n {
            guard case .cons(let c) = t else { return nil }
            t = c.tail
        }
        return t
    }

    /// The first `n` elements (fewer if the list is shorter), as sublist/2 takes them.
    static func take(_ n: Int, from list: Term) throws(ErlangError) -> Term {
        var out: [Term] = []
        var t = list
        while out.count < n {
            guard case .cons(let c) = t else {
                guard case .nil = t else { throw .functionClause }
                break
            }
            out.append(c.head)
            t = c.tail
        }
        return Term.list(out)
    }
}

/// `++` and `--`, shared by `erlang` and `lists`.
enum ListOps {
    /// `A ++ B`: copies A (which must be a proper list) in front of B.
    static func append(_ a: Term, _ b: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        if case .nil = a { return b }
        let front = try properList(a, .badarg)
        p.chargeWork(front.count)
        return Term.list(front, tail: b)
    }

    /// `A -- B`: removes from A the first occurrence (by `=:=`) of each element of B.
    static func subtract(_ a: Term, _ b: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        let list = try properList(a, .badarg)
        let remove = try properList(b, .badarg)
        p.chargeWork(list.count + remove.count)
        if remove.isEmpty || list.isEmpty { return a }
        var pending: [Term: Int] = [:]
        for r in remove { pending[r, default: 0] += 1 }
        var out: [Term] = []
        out.reserveCapacity(list.count)
        for e in list {
            if let n = pending[e], n > 0 { pending[e] = n - 1 } else { out.append(e) }
        }
        return Term.list(out)
    }
}

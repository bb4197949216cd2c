import ErlangRuntime

/// Sorting and merging in Erlang's term order. Sorts are stable: elements that compare
/// equal (`1` and `1.0`) keep their order, and the `u` variants keep the first of them.
extension ListsBIFs {
    static let sorting: [String: BIFFunction] = [
        "sort/1": { a, p throws(ErlangError) in
            let elements = try properList(a[0])
            p.chargeWork(elements.count * 2)
            return Term.list(stableSorted(elements))
        },
        "usort/1": { a, p throws(ErlangError) in
            let elements = try properList(a[0])
            p.chargeWork(elements.count * 2)
            if let ints = smallIntegers(elements) {
                var unique: [Term] = []
                unique.reserveCapacity(ints.count)
                for i in ints.sorted() where unique.last != .int(i) { unique.append(.int(i)) }
                return Term.list(unique)
            }
            return Term.list(dedup(stableSorted(elements)) { $0 })
        },
        "keysort/2": { a, p throws(ErlangError) in
            let (n, elements) = try keySortArguments(a[0], a[1])
            p.chargeWork(elements.count * 2)
            return Term.list(stableSorted(elements, by: n))
        },
        "ukeysort/2": { a, p throws(ErlangError) in
            let (n, elements) = try keySortArguments(a[0], a[1])
            p.chargeWork(elements.count * 2)
            return Term.list(dedup(stableSorted(elements, by: n)) { key(of: $0, n) ?? $0 })
        },
        "merge/2": { a, p throws(ErlangError) in
            try mergeLists([a[0], a[1]], unique: false, p)
        },
        "merge3/3": { a, p throws(ErlangError) in
            try mergeLists([a[0], a[1], a[2]], unique: false, p)
        },
        "merge/1": { a, p throws(ErlangError) in
            try mergeLists(try properList(a[0]), unique: false, p)
        },
        "umerge/2": { a, p throws(ErlangError) in
            try mergeLists([a[0], a[1]], unique: true, p)
        },
        "umerge3/3": { a, p throws(ErlangError) in
            try mergeLists([a[0], a[1], a[2]], unique: true, p)
        },
        "umerge/1": { a, p throws(ErlangError) in
            try mergeLists(try properList(a[0]), unique: true, p)
        },
        "keymerge/3": { a, p throws(ErlangError) in
            try keyMerge(a[0], a[1], a[2], unique: false, p)
        },
        "ukeymerge/3": { a, p throws(ErlangError) in
            try keyMerge(a[0], a[1], a[2], unique: true, p)
        },
    ]

    /// A stable sort in term order (ties keep their original order).
    static func stableSorted(_ elements: [Term]) -> [Term] {
        // Lists of small integers are common and need no term comparison (equal
        // integers are identical, so stability cannot be observed).
        if let ints = smallIntegers(elements) { return ints.sorted().map { Term.int($0) } }
        return elements.enumerated().sorted { x, y in
            let c = compareTerms(x.element, y.element)
            return c != 0 ? c < 0 : x.offset < y.offset
        }.map(\.element)
    }

    static func smallIntegers(_ elements: [Term]) -> [Int]? {
        var ints: [Int] = []
        ints.reserveCapacity(elements.count)
        for e in elements {
            guard case .int(let i) = e else { return nil }
            ints.append(i)
        }
        return ints
    }

    /// A stable sort of tuples by their element `n` (callers check every element has one).
    static func stableSorted(_ elements: [Term], by n: Int) -> [Term] {
        let keys = elements.map { key(of: $0, n) ?? $0 }
        return keys.indices.sorted { i, j in
            let c = compareTerms(keys[i], keys[j])
            return c != 0 ? c < 0 : i < j
        }.map { elements[$0] }
    }

    /// Drops each element that compares equal to the one kept before it.
    static func dedup(_ sorted: [Term], key: (Term) -> Term) -> [Term] {
        var out: [Term] = []
        out.reserveCapacity(sorted.count)
        for e in sorted {
            if let last = out.last, compareTerms(key(last), key(e)) == 0 { continue }
            out.append(e)
        }
        return out
    }

    /// keysort/2's checks, in the order OTP's Erlang code makes them.
    static func keySortArguments(_ nTerm: Term, _ list: Term) throws(ErlangError) -> (Int, [Term]) {
        guard case .int(let n) = nTerm, n >= 1 else { throw .functionClause }
        guard list.isList else { throw .error(.tuple(.atom(.caseClause), list)) }
        let prefix = ListPrefix(list)
        if prefix.elements.count < 2 && prefix.isProper { return (n, prefix.elements) }
        guard prefix.isProper else { throw .functionClause }
        for e in prefix.elements where key(of: e, n) == nil { throw .badarg }
        return (n, prefix.elements)
    }

    /// Merges sorted lists; on ties the element from the earlier list comes first, and
    /// with `unique` the later list's equal element is dropped.
    static func mergeLists(_ lists: [Term], unique: Bool, _ p: ErlProcess) throws(ErlangError) -> Term {
        var acc: [Term] = []
        for (i, list) in lists.enumerated() {
            let next = try properList(list)
            acc = i == 0 ? next : mergeTwo(acc, next, unique: unique) { $0 }
        }
        p.chargeWork(acc.count)
        return Term.list(acc)
    }

    static func keyMerge(_ nTerm: Term, _ l1: Term, _ l2: Term,
                         unique: Bool, _ p: ErlProcess) throws(ErlangError) -> Term {
        guard case .int(let n) = nTerm, n >= 1 else { throw .functionClause }
        let x = try properList(l1), y = try properList(l2)
        for e in x + y where key(of: e, n) == nil { throw .badarg }
        p.chargeWork(x.count + y.count)
        return Term.list(mergeTwo(x, y, unique: unique) { key(of: $0, n) ?? $0 })
    }

    static func mergeTwo(_ x: [Term], _ y: [Term], unique: Bool, key: (Term) -> Term) -> [Term] {
        var out: [Term] = []
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let c = compareTerms(key(x[i]), key(y[j]))
            if c <= 0 {
                out.append(x[i]); i += 1
                if c == 0 && unique { j += 1 }
            } else {
                out.append(y[j]); j += 1
            }
        }
        out.append(contentsOf: x[i...])
        out.append(contentsOf: y[j...])
        return out
    }
}

import ErlangRuntime

/// match/2, match_object/2, select/2 and friends: scanning a table with a pattern or a
/// match specification. Only the forms without a limit/continuation are provided.
extension EtsBIFs {
    static let matching: [String: BIFFunction] = [
        "match/2": { a, p throws(ErlangError) in
            .list(try select(a[0], MatchSpec(pattern: a[1], body: .atom("$$")), p))
        },
        "match_object/2": { a, p throws(ErlangError) in
            .list(try select(a[0], MatchSpec(pattern: a[1], body: .atom("$_")), p))
        },
        "select/2": { a, p throws(ErlangError) in
            .list(try select(a[0], MatchSpec(a[1]), p))
        },
        "select_reverse/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            let r = try select(a[0], MatchSpec(a[1]), p)
            return .list(t.isOrdered ? r.reversed() : r)
        },
        "select_count/2": { a, p throws(ErlangError) in
            let spec = try MatchSpec(a[1])
            let t = try table(a[0], p)
            let objs = locked(t) { candidates(t, spec) }
            p.chargeWork(objs.count)
            return .int(objs.reduce(0) { $0 + (spec.run($1, p) == .true ? 1 : 0) })
        },
        "select_delete/2": { a, p throws(ErlangError) in
            let spec = try MatchSpec(a[1])
            return .int(try delete(a[0], spec, p))
        },
        "match_delete/2": { a, p throws(ErlangError) in
            _ = try delete(a[0], MatchSpec(pattern: a[1], body: .true), p)
            return .true
        },
    ]

    /// The objects a spec can match: those with its keys when every head fixes the key,
    /// else the whole table. Called holding the table's lock.
    static func candidates(_ t: EtsTable, _ spec: MatchSpec) -> [Term] {
        if let keys = spec.keys(keypos: t.keypos) {
            var seen = Set<Term>(), out: [Term] = []
            for k in keys where seen.insert(k).inserted { out.append(contentsOf: t.lookup(k)) }
            return out
        }
        return t.objects
    }

    static func select(_ tid: Term, _ spec: MatchSpec, _ p: ErlProcess) throws(ErlangError) -> [Term] {
        let t = try table(tid, p)
        let objs = locked(t) { candidates(t, spec) }
        p.chargeWork(objs.count)
        return objs.compactMap { spec.run($0, p) }
    }

    /// Deletes the objects for which the spec returns `true`; returns how many.
    static func delete(_ tid: Term, _ spec: MatchSpec, _ p: ErlProcess) throws(ErlangError) -> Int {
        let t = try table(tid, p, write: true)
        return locked(t) {
            p.chargeWork(t.size)
            return t.removeAll { spec.run($0, p) == .true }
        }
    }
}

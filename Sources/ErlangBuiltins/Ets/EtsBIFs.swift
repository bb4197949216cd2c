import ErlangRuntime

/// The Swift built-ins of module `ets`: tables shared by all processes (see EtsTable,
/// EtsRegistry). foldl/3 and foldr/3 call funs, so they are Erlang code in stdlib/ets.erl.
/// Not provided: tab2file and friends, i/0; heirs are recorded but never inherit
/// (see EtsBIFs+Ownership).
///
/// Errors follow OTP 25: a bad table, a missing table, a bad argument type or an access
/// the table's protection forbids are all `badarg`.
enum EtsBIFs {
    static let table = BIFTable(module: "ets", merging([
        lifecycle, access, traversal, updates, matching, chunks, matchSpecs, ownership,
    ]))

    static func registry(_ p: ErlProcess) -> EtsRegistry { EtsRegistry.of(p.vm) }

    /// The table `tid` names, if it exists and `p` may read it (or write it, with `write`).
    static func table(_ tid: Term, _ p: ErlProcess, write: Bool = false) throws(ErlangError) -> EtsTable {
        guard let t = registry(p).find(tid, vm: p.vm) else { throw .badarg }
        switch t.access {
        case .public: break
        case .protected: if write && t.owner != p.pid { throw .badarg }
        case .private: if t.owner != p.pid { throw .badarg }
        }
        return t
    }

    /// Runs `body` holding the table's lock.
    @inline(__always)
    static func locked<R, E: Error>(_ t: EtsTable, _ body: () throws(E) -> R) throws(E) -> R {
        t.lock.lock(); defer { t.lock.unlock() }
        return try body()
    }

    /// How the table is identified to Erlang code: its name if named, else its reference.
    static func tid(_ t: EtsTable) -> Term { t.named ? .atom(t.name) : .ref(t.id) }

    /// The objects of insert/2 or insert_new/2: a tuple or a proper list of tuples, each
    /// with a key.
    static func objectsArg(_ t: Term, _ table: EtsTable) throws(ErlangError) -> [Term] {
        let objs: [Term]
        if case .tuple = t { objs = [t] } else { objs = try listArg(t) }
        for o in objs where table.key(of: o) == nil { throw .badarg }
        // OTP adds a list's objects to a bag last first (a key's objects then read in
        // reverse list order after those inserted before).
        return table.kind == .bag ? objs.reversed() : objs
    }
}

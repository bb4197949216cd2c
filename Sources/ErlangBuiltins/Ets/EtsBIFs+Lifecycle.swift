import ErlangRuntime

/// Creating, deleting, renaming and describing tables.
extension EtsBIFs {
    static let lifecycle: [String: BIFFunction] = [
        "new/2": { a, p throws(ErlangError) in
            let name = try atomArg(a[0])
            var kind = EtsTable.Kind.set, access = EtsTable.Access.protected
            var keypos = 1, named = false, heir = Term.atom("none")
            for opt in try listArg(a[1]) {
                switch opt {
                case .atom(let o):
                    switch o.name {
                    case "set": kind = .set
                    case "ordered_set": kind = .orderedSet
                    case "bag": kind = .bag
                    case "duplicate_bag": kind = .duplicateBag
                    case "named_table": named = true
                    case "public": access = .public
                    case "protected": access = .protected
                    case "private": access = .private
                    case "compressed": break
                    default: throw .badarg
                    }
                case .tuple(let t) where t.count == 2:
                    guard case .atom(let o) = t.elements[0] else { throw .badarg }
                    let v = t.elements[1]
                    switch o.name {
                    case "keypos":
                        guard case .int(let n) = v, n >= 1 else { throw .badarg }
                        keypos = n
                    case "read_concurrency", "decentralized_counters": _ = try boolArg(v)
                    case "write_concurrency":
                        if v != .atom("auto") { _ = try boolArg(v) }
                    case "heir":
                        guard v == .atom("none") else { throw .badarg }
                    default: throw .badarg
                    }
                case .tuple(let t) where t.count == 3:
                    guard t.elements[0] == .atom("heir"), case .pid = t.elements[1] else { throw .badarg }
                    heir = t.elements[1]
                default: throw .badarg
                }
            }
            let table = EtsTable(id: p.vm.makeRef(), name: name, kind: kind, keypos: keypos,
                                 access: access, named: named, owner: p.pid)
            table.heir = heir
            guard registry(p).add(table, vm: p.vm) else { throw .badarg }
            return tid(table)
        },
        "delete/1": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            guard t.owner == p.pid || t.access == .public else { throw .badarg }
            guard registry(p).remove(t) else { throw .badarg }
            return .true
        },
        "rename/2": { a, p throws(ErlangError) in
            let name = try atomArg(a[1])
            let t = try table(a[0], p, write: true)
            guard registry(p).rename(t, to: name, vm: p.vm) else { throw .badarg }
            return tid(t)
        },
        // Traversals here never miss objects, so fixing a table only checks it.
        "safe_fixtable/2": { a, p throws(ErlangError) in
            _ = try boolArg(a[1])
            _ = try table(a[0], p)
            return .true
        },
        "whereis/1": { a, p throws(ErlangError) in
            let name = try atomArg(a[0])
            guard let t = registry(p).whereis(name, vm: p.vm) else { return .undefined }
            return .ref(t.id)
        },
        "all/0": { _, p throws(ErlangError) in
            .list(registry(p).all(vm: p.vm).map(tid))
        },
        "info/1": { a, p throws(ErlangError) in
            switch a[0] { case .atom, .ref: break; default: throw .badarg }
            guard let t = registry(p).find(a[0], vm: p.vm) else { return .undefined }
            let items = ["id", "decentralized_counters", "read_concurrency", "write_concurrency",
                         "compressed", "memory", "owner", "heir", "name", "size", "node",
                         "named_table", "type", "keypos", "protection"]
            return .list(items.map { .tuple(.atom($0), info(t, $0, p) ?? .undefined) })
        },
        "info/2": { a, p throws(ErlangError) in
            switch a[0] { case .atom, .ref: break; default: throw .badarg }
            let item = try atomArg(a[1])
            guard let t = registry(p).find(a[0], vm: p.vm) else { return .undefined }
            guard let v = info(t, item.name, p) else { throw .badarg }
            return v
        },
    ]

    /// One info/2 item, or nil for an unknown item.
    static func info(_ t: EtsTable, _ item: String, _ p: ErlProcess) -> Term? {
        switch item {
        case "id": return .ref(t.id)
        case "decentralized_counters", "read_concurrency", "write_concurrency", "compressed",
             "fixed", "safe_fixed", "safe_fixed_monotonic_time":
            return .false
        case "memory":
            t.lock.lock(); defer { t.lock.unlock() }
            return .int((t.isOrdered ? 139 : 305) + t.size * 6)
        case "owner": return .pid(t.owner)
        case "heir": return t.heir
        case "name": return .atom(t.name)
        case "size":
            t.lock.lock(); defer { t.lock.unlock() }
            return .int(t.size)
        case "node": return .atom("nonode@nohost")
        case "named_table": return .bool(t.named)
        case "type": return .atom(t.kind.rawValue)
        case "keypos": return .int(t.keypos)
        case "protection": return .atom(t.access.rawValue)
        case "stats": return nil
        default: return nil
        }
    }
}

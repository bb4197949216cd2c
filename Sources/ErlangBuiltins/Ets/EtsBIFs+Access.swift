import ErlangRuntime

/// Inserting, looking up and deleting objects.
extension EtsBIFs {
    static let access: [String: BIFFunction] = [
        "insert/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            let objs = try objectsArg(a[1], t)
            p.chargeWork(objs.count)
            locked(t) { for o in objs { t.insert(o) } }
            return .true
        },
        "insert_new/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            let objs = try objectsArg(a[1], t)
            p.chargeWork(objs.count)
            return locked(t) {
                for o in objs where t.contains(t.key(of: o)!) { return .false }
                for o in objs { t.insert(o) }
                return .true
            }
        },
        "lookup/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return .list(locked(t) { t.lookup(a[1]) })
        },
        "lookup_element/3": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            guard case .int(let pos) = a[2], pos >= 1 else { throw .badarg }
            let objs = locked(t) { t.lookup(a[1]) }
            if objs.isEmpty { throw .badarg }
            var elements: [Term] = []
            for o in objs {
                guard case .tuple(let tup) = o, pos <= tup.count else { throw .badarg }
                elements.append(tup.elements[pos - 1])
            }
            return t.isBag ? .list(elements) : elements[0]
        },
        "member/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return .bool(locked(t) { t.contains(a[1]) })
        },
        "delete/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            locked(t) { t.remove(key: a[1]) }
            return .true
        },
        "delete_object/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            guard t.key(of: a[1]) != nil else { throw .badarg }
            locked(t) { t.remove(object: a[1]) }
            return .true
        },
        "delete_all_objects/1": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            locked(t) { t.removeAll() }
            return .true
        },
        "tab2list/1": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            let objs = locked(t) { t.objects }
            p.chargeWork(objs.count)
            return .list(objs)
        },
        "take/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            return .list(locked(t) { t.remove(key: a[1]) })
        },
    ]

    static let traversal: [String: BIFFunction] = [
        "first/1": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return locked(t) { t.firstKey } ?? .atom("$end_of_table")
        },
        "last/1": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return locked(t) { t.lastKey } ?? .atom("$end_of_table")
        },
        "next/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return try step(locked(t) { t.next(a[1]) })
        },
        "prev/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            return try step(locked(t) { t.prev(a[1]) })
        },
    ]

    static func step(_ s: EtsTable.Step) throws(ErlangError) -> Term {
        switch s {
        case .key(let k): return k
        case .end: return .atom("$end_of_table")
        case .missing: throw .badarg
        }
    }
}

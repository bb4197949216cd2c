import ErlangRuntime
import HashTreeCollections

/// The Swift built-ins of module `maps`: the functions that take no fun (the others are
/// Erlang code in stdlib/maps.erl). A non-map where a map belongs is `{badmap, Term}`,
/// a missing key `{badkey, Key}`; keys match exactly (`1` is not `1.0`).
///
/// Maps list their entries in term order of keys, which is OTP's order for maps of up to
/// 32 keys (OTP orders larger maps by an internal hash).
enum MapsBIFs {
    static let table = BIFTable(module: "maps", merging([access, whole]))

    static let access: [String: BIFFunction] = [
        "get/2": { a, _ throws(ErlangError) in
            guard let v = try mapArg(a[1]).dict[a[0]] else { throw .badkey(a[0]) }
            return v
        },
        "get/3": { a, _ throws(ErlangError) in try mapArg(a[1]).dict[a[0]] ?? a[2] },
        "find/2": { a, _ throws(ErlangError) in
            guard let v = try mapArg(a[1]).dict[a[0]] else { return .atom(.error) }
            return .tuple(.ok, v)
        },
        "is_key/2": { a, _ throws(ErlangError) in .bool(try mapArg(a[1]).dict[a[0]] != nil) },
        "put/3": { a, _ throws(ErlangError) in
            var dict = try mapArg(a[2]).dict
            dict[a[0]] = a[1]
            return .map(ErlMap(dict))
        },
        "update/3": { a, _ throws(ErlangError) in
            var dict = try mapArg(a[2]).dict
            guard dict.updateValue(a[1], forKey: a[0]) != nil else { throw .badkey(a[0]) }
            return .map(ErlMap(dict))
        },
        "remove/2": { a, _ throws(ErlangError) in
            let map = try mapArg(a[1])
            var dict = map.dict
            guard dict.removeValue(forKey: a[0]) != nil else { return a[1] }
            return .map(ErlMap(dict))
        },
        "take/2": { a, _ throws(ErlangError) in
            var dict = try mapArg(a[1]).dict
            guard let v = dict.removeValue(forKey: a[0]) else { return .atom(.error) }
            return .tuple(v, .map(ErlMap(dict)))
        },
    ]

    static let whole: [String: BIFFunction] = [
        "new/0": { _, _ in .map(ErlMap(TreeDictionary())) },
        "size/1": { a, _ throws(ErlangError) in .int(try mapArg(a[0]).count) },
        "keys/1": { a, p throws(ErlangError) in
            let pairs = try mapArg(a[0]).sortedPairs
            p.chargeWork(pairs.count)
            return Term.list(pairs.map(\.key))
        },
        "values/1": { a, p throws(ErlangError) in
            let pairs = try mapArg(a[0]).sortedPairs
            p.chargeWork(pairs.count)
            return Term.list(pairs.map(\.value))
        },
        "to_list/1": { a, p throws(ErlangError) in
            let pairs = try mapArg(a[0]).sortedPairs
            p.chargeWork(pairs.count)
            return Term.list(pairs.map { Term.tuple($0.key, $0.value) })
        },
        "from_list/1": { a, p throws(ErlangError) in
            var dict = TreeDictionary<Term, Term>()
            let entries = try listArg(a[0])
            for entry in entries {
                guard case .tuple(let t) = entry, t.count == 2 else { throw .badarg }
                dict[t.elements[0]] = t.elements[1]
            }
            p.chargeWork(entries.count)
            return .map(ErlMap(dict))
        },
        "from_keys/2": { a, p throws(ErlangError) in
            var dict = TreeDictionary<Term, Term>()
            let keys = try listArg(a[0])
            for k in keys { dict[k] = a[1] }
            p.chargeWork(keys.count)
            return .map(ErlMap(dict))
        },
        "merge/2": { a, p throws(ErlangError) in
            let x = try mapArg(a[0]), y = try mapArg(a[1])
            p.chargeWork(min(x.count, y.count))
            // Insert the smaller map into the larger one; on a clash the second map wins.
            if x.count >= y.count {
                var dict = x.dict
                for (k, v) in y.dict { dict[k] = v }
                return .map(ErlMap(dict))
            }
            var dict = y.dict
            for (k, v) in x.dict where dict[k] == nil { dict[k] = v }
            return .map(ErlMap(dict))
        },
        "intersect/2": { a, p throws(ErlangError) in
            let x = try mapArg(a[0]), y = try mapArg(a[1])
            p.chargeWork(min(x.count, y.count))
            var dict = TreeDictionary<Term, Term>()
            for (k, v) in y.dict where x.dict[k] != nil { dict[k] = v }
            return .map(ErlMap(dict))
        },
        "with/2": { a, _ throws(ErlangError) in
            let map = try mapArg(a[1])
            guard a[0].isList else { throw .badarg }
            var dict = TreeDictionary<Term, Term>()
            for k in try properList(a[0]) { if let v = map.dict[k] { dict[k] = v } }
            return .map(ErlMap(dict))
        },
        "without/2": { a, _ throws(ErlangError) in
            var dict = try mapArg(a[1]).dict
            guard a[0].isList else { throw .badarg }
            for k in try properList(a[0]) { dict.removeValue(forKey: k) }
            return .map(ErlMap(dict))
        },
        "iterator/1": { a, _ throws(ErlangError) in
            _ = try mapArg(a[0])
            return .cons(Cons(.int(0), a[0]))
        },
        "next/1": { a, p throws(ErlangError) in try next(a[0], p) },
    ]

    /// maps:next/1. An iterator is `[Index | Map]` (OTP's shape for small maps), `none`,
    /// or a `{K, V, Next}` already taken from one. From `[Index | Map]` swerl returns
    /// every remaining entry as one `{K, V, {K, V, ... none}}` chain, as OTP does for
    /// maps of up to 32 keys.
    static func next(_ iterator: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        switch iterator {
        case .atom(let a) where a.name == "none": return iterator
        case .tuple(let t) where t.count == 3: return iterator
        case .cons(let c):
            guard case .int(let index) = c.head, index >= 0, case .map(let m) = c.tail else { throw .badarg }
            let pairs = m.sortedPairs
            p.chargeWork(pairs.count)
            var chain = Term.atom("none")
            if index < pairs.count {
                for pair in pairs[index...].reversed() { chain = .tuple(pair.key, pair.value, chain) }
            }
            return chain
        default: throw .badarg
        }
    }
}

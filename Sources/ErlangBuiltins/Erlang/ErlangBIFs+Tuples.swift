import ErlangRuntime

/// Tuples, and the list basics OTP puts in module `erlang` (length, hd, tl).
extension ErlangBIFs {
    static let tuples: [String: BIFFunction] = [
        "element/2": { a, _ throws(ErlangError) in
            let t = try tupleArg(a[1])
            guard case .int(let i) = a[0], i >= 1, i <= t.count else { throw .badarg }
            return t.elements[i - 1]
        },
        "setelement/3": { a, p throws(ErlangError) in
            let t = try tupleArg(a[1])
            guard case .int(let i) = a[0], i >= 1, i <= t.count else { throw .badarg }
            p.chargeWork(t.count)
            return .tuple(t.replacing(i - 1, with: a[2]))
        },
        "tuple_size/1": { a, _ throws(ErlangError) in .int(try tupleArg(a[0]).count) },
        "make_tuple/2": { a, p throws(ErlangError) in
            let n = try tupleArity(a[0])
            p.chargeWork(n)
            return .tuple(Tuple.make(Array(repeating: a[1], count: n)))
        },
        "make_tuple/3": { a, p throws(ErlangError) in
            let n = try tupleArity(a[0])
            var elements = Array(repeating: a[1], count: n)
            for entry in try listArg(a[2]) {
                guard case .tuple(let pair) = entry, pair.count == 2,
                      case .int(let i) = pair.elements[0], i >= 1, i <= n else { throw .badarg }
                elements[i - 1] = pair.elements[1]
            }
            p.chargeWork(n)
            return .tuple(Tuple.make(elements))
        },
        "append_element/2": { a, _ throws(ErlangError) in
            .tuple(Tuple.make(try tupleArg(a[0]).elements + [a[1]]))
        },
        "delete_element/2": { a, _ throws(ErlangError) in
            let t = try tupleArg(a[1])
            guard case .int(let i) = a[0], i >= 1, i <= t.count else { throw .badarg }
            var elements = t.array
            elements.remove(at: i - 1)
            return .tuple(Tuple.make(elements))
        },
        "insert_element/3": { a, _ throws(ErlangError) in
            let t = try tupleArg(a[1])
            guard case .int(let i) = a[0], i >= 1, i <= t.count + 1 else { throw .badarg }
            var elements = t.array
            elements.insert(a[2], at: i - 1)
            return .tuple(Tuple.make(elements))
        },
        "tuple_to_list/1": { a, _ throws(ErlangError) in Term.list(try tupleArg(a[0]).elements) },
        "list_to_tuple/1": { a, p throws(ErlangError) in
            let elements = try listArg(a[0])
            p.chargeWork(elements.count)
            return .tuple(Tuple.make(elements))
        },
        "length/1": { a, p throws(ErlangError) in
            var n = 0, t = a[0]
            while case .cons(let c) = t { n += 1; t = c.tail }
            guard case .nil = t else { throw .badarg }
            p.chargeWork(n)
            return .int(n)
        },
        "hd/1": { a, _ throws(ErlangError) in
            guard case .cons(let c) = a[0] else { throw .badarg }
            return c.head
        },
        "tl/1": { a, _ throws(ErlangError) in
            guard case .cons(let c) = a[0] else { throw .badarg }
            return c.tail
        },
        "size/1": { a, _ throws(ErlangError) in
            switch a[0] {
            case .tuple(let t): return .int(t.count)
            case .binary(let b): return .int(b.bitCount / 8)
            default: throw .badarg
            }
        },
    ]

    /// OTP's largest tuple has 2^24 - 1 elements; beyond that is `badarg`.
    static let maxTupleSize = (1 << 24) - 1

    static func tupleArity(_ t: Term) throws(ErlangError) -> Int {
        guard case .int(let n) = t, n >= 0, n <= maxTupleSize else { throw .badarg }
        return n
    }
}

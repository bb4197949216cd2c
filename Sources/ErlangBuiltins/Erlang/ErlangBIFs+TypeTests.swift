import ErlangRuntime

/// Type tests (`is_atom/1`, ...). These never fail, except where OTP checks an argument
/// that is not the term under test (`is_function/2`'s arity, `is_record/3`'s size).
extension ErlangBIFs {
    static let typeTests: [String: BIFFunction] = [
        "is_atom/1": { a, _ in if case .atom = a[0] { return .true }; return .false },
        "is_binary/1": { a, _ in if case .binary(let b) = a[0], b.isBinary { return .true }; return .false },
        "is_bitstring/1": { a, _ in if case .binary = a[0] { return .true }; return .false },
        "is_boolean/1": { a, _ in
            if case .atom(let x) = a[0], x == .true || x == .false { return .true }
            return .false
        },
        "is_float/1": { a, _ in if case .float = a[0] { return .true }; return .false },
        "is_integer/1": { a, _ in
            switch a[0] { case .int, .big: return .true; default: return .false }
        },
        "is_number/1": { a, _ in .bool(a[0].isNumber) },
        "is_list/1": { a, _ in
            switch a[0] { case .nil, .cons: return .true; default: return .false }
        },
        "is_tuple/1": { a, _ in if case .tuple = a[0] { return .true }; return .false },
        "is_map/1": { a, _ in if case .map = a[0] { return .true }; return .false },
        "is_pid/1": { a, _ in if case .pid = a[0] { return .true }; return .false },
        "is_port/1": { _, _ in .false },
        "is_reference/1": { a, _ in if case .ref = a[0] { return .true }; return .false },
        "is_function/1": { a, _ in if case .fun = a[0] { return .true }; return .false },
        "is_function/2": { a, _ throws(ErlangError) in
            guard case .int(let arity) = a[1], arity >= 0 else {
                // OTP accepts any non-negative integer arity, bignums included.
                if case .big(let b) = a[1], b.value.sign == .plus { return .false }
                throw .badarg
            }
            if case .fun(let f) = a[0] { return .bool(f.arity == arity) }
            return .false
        },
        "is_map_key/2": { a, _ throws(ErlangError) in
            .bool(try mapArg(a[1]).dict[a[0]] != nil)
        },
        "is_record/2": { a, _ throws(ErlangError) in
            let tag = try atomArg(a[1])
            guard case .tuple(let t) = a[0], let first = t.elements.first else { return .false }
            return .bool(first == .atom(tag))
        },
        "is_record/3": { a, _ throws(ErlangError) in
            let tag = try atomArg(a[1])
            let size = try intArg(a[2])
            guard case .tuple(let t) = a[0], t.count == size, let first = t.elements.first else { return .false }
            return .bool(first == .atom(tag))
        },
    ]
}

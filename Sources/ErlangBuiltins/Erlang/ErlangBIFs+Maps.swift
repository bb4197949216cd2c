import ErlangRuntime

/// The map BIFs of module `erlang` (also allowed in guards).
extension ErlangBIFs {
    static let maps: [String: BIFFunction] = [
        "map_size/1": { a, _ throws(ErlangError) in .int(try mapArg(a[0]).count) },
        "map_get/2": { a, _ throws(ErlangError) in
            guard let v = try mapArg(a[1]).dict[a[0]] else { throw .badkey(a[0]) }
            return v
        },
    ]
}

import ErlangRuntime

/// term_to_binary/1,2 and binary_to_term/1,2.
extension ErlangBIFs {
    static let termFormat: [String: BIFFunction] = [
        "term_to_binary/1": { a, p in
            let bytes = ExternalTermFormat.Encoder.binary(of: a[0])
            p.chargeWork(bytes.count / 8)
            return .binary(Bits(bytes))
        },
        "term_to_binary/2": { a, p throws(ErlangError) in
            var minorVersion = 1
            for option in try listArg(a[1]) {
                switch option {
                case .atom(let name) where name.name == "compressed" || name.name == "deterministic":
                    continue   // compression is optional in the format; swerl never compresses
                case .tuple(let t) where t.count == 2:
                    guard case .atom(let name) = t.elements[0], case .int(let n) = t.elements[1] else { throw .badarg }
                    switch name.name {
                    case "minor_version" where (0...2).contains(n): minorVersion = n
                    case "compressed" where (0...9).contains(n): continue
                    default: throw .badarg
                    }
                default: throw .badarg
                }
            }
            let bytes = ExternalTermFormat.Encoder.binary(of: a[0], minorVersion: minorVersion)
            p.chargeWork(bytes.count / 8)
            return .binary(Bits(bytes))
        },
        "binary_to_term/1": { a, p throws(ErlangError) in
            var decoder = ExternalTermFormat.Decoder(try binaryArg(a[0]).bytes)
            let term = try decoder.decodeVersioned()
            p.chargeWork(decoder.position / 8)
            return term
        },
        "binary_to_term/2": { a, p throws(ErlangError) in
            let bytes = try binaryArg(a[0]).bytes
            var safe = false, used = false
            for option in try listArg(a[1]) {
                switch option.asAtom?.name {
                case "safe": safe = true
                case "used": used = true
                default: throw .badarg
                }
            }
            var decoder = ExternalTermFormat.Decoder(bytes, safe: safe)
            let term = try decoder.decodeVersioned()
            p.chargeWork(decoder.position / 8)
            return used ? .tuple(term, .int(decoder.position)) : term
        },
    ]
}

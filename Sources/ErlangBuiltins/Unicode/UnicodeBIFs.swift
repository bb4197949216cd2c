import ErlangRuntime

/// Module `unicode`: converting chardata between encodings. Input that is not chardata
/// at all raises badarg; chardata with an invalid character returns
/// `{error, Converted, Rest}`, and a binary ending inside a UTF-8 sequence returns
/// `{incomplete, Converted, Rest}`, as in OTP (Rest is flattened in swerl).
enum UnicodeBIFs {
    static let table = BIFTable(module: "unicode", [
        "characters_to_binary/1": { a, p throws(ErlangError) in
            try convert(a[0], from: .atom("unicode"), to: .atom("unicode"), binary: true, p)
        },
        "characters_to_binary/2": { a, p throws(ErlangError) in
            try convert(a[0], from: a[1], to: .atom("unicode"), binary: true, p)
        },
        "characters_to_binary/3": { a, p throws(ErlangError) in
            try convert(a[0], from: a[1], to: a[2], binary: true, p)
        },
        "characters_to_list/1": { a, p throws(ErlangError) in
            try convert(a[0], from: .atom("unicode"), to: .atom("unicode"), binary: false, p)
        },
        "characters_to_list/2": { a, p throws(ErlangError) in
            try convert(a[0], from: a[1], to: .atom("unicode"), binary: false, p)
        },
    ])

    enum Encoding {
        case utf8, latin1, utf16(bigEndian: Bool), utf32(bigEndian: Bool)

        init(_ t: Term) throws(ErlangError) {
            switch t {
            case .atom(let a):
                switch a.name {
                case "unicode", "utf8": self = .utf8
                case "latin1": self = .latin1
                case "utf16": self = .utf16(bigEndian: true)
                case "utf32": self = .utf32(bigEndian: true)
                default: throw .badarg
                }
            case .tuple(let t) where t.count == 2:
                guard let endian = t.elements[1].asAtom?.name, endian == "big" || endian == "little" else {
                    throw .badarg
                }
                switch t.elements[0].asAtom?.name {
                case "utf16": self = .utf16(bigEndian: endian == "big")
                case "utf32": self = .utf32(bigEndian: endian == "big")
                default: throw .badarg
                }
            default: throw .badarg
            }
        }

        func encode(_ s: Unicode.Scalar, into out: inout [UInt8]) -> Bool {
            let v = s.value
            switch self {
            case .utf8: UTF8.encode(s) { out.append($0) }
            case .latin1:
                guard v <= 255 else { return false }
                out.append(UInt8(v))
            case .utf16(let big):
                UTF16.encode(s) { unit in
                    let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                    out += big ? [hi, lo] : [lo, hi]
                }
            case .utf32(let big):
                let bytes = (0..<4).map { UInt8((v >> (8 * UInt32(3 - $0))) & 0xFF) }
                out += big ? bytes : bytes.reversed()
            }
            return true
        }
    }

    /// Why a conversion stopped early, and what was left.
    enum Stop { case error, incomplete }

    static func convert(_ data: Term, from fromT: Term, to toT: Term, binary: Bool,
                        _ p: ErlProcess) throws(ErlangError) -> Term {
        let from = try Encoding(fromT), to = try Encoding(toT)
        if case .utf16 = from { throw .badarg }
        if case .utf32 = from { throw .badarg }
        let latin1Input = { if case .latin1 = from { return true }; return false }()
        var out: [UInt8] = []
        var scalars: [Term] = []
        func emit(_ s: Unicode.Scalar) -> Bool {
            if binary { return to.encode(s, into: &out) }
            scalars.append(.int(Int(s.value)))
            return true
        }
        func converted() -> Term { binary ? .binary(Bits(out)) : Term.list(scalars) }

        var pending: [Term] = [data]
        while let item = pending.popLast() {
            switch item {
            case .nil: continue
            case .int(let c):
                guard c >= 0, c <= (latin1Input ? 255 : 0x10FFFF), let s = Unicode.Scalar(UInt32(c)), emit(s) else {
                    return stopped(.error, converted(), [item] + pending.reversed())
                }
            case .binary(let b):
                guard b.isBinary else { throw .badarg }
                if latin1Input {
                    for (i, byte) in b.bytes.enumerated() where !emit(Unicode.Scalar(byte)) {
                        return stopped(.error, converted(), [.binary(Bits(Array(b.bytes[i...])))] + pending.reversed())
                    }
                    continue
                }
                var i = 0
                while i < b.bytes.count {
                    switch decodeUTF8(b.bytes, at: i) {
                    case .scalar(let s, let length) where emit(s): i += length
                    case .truncated where pending.isEmpty:
                        return stopped(.incomplete, converted(), [.binary(Bits(Array(b.bytes[i...])))])
                    default:
                        return stopped(.error, converted(), [.binary(Bits(Array(b.bytes[i...])))] + pending.reversed())
                    }
                }
            case .cons(let c):
                switch c.tail { case .nil, .cons, .binary: break; default: throw .badarg }
                pending.append(c.tail)
                pending.append(c.head)
            default: throw .badarg
            }
        }
        p.chargeWork(binary ? out.count / 8 : scalars.count / 8)
        return converted()
    }

    /// `{error | incomplete, Converted, Rest}`. `rest` holds what was still to convert,
    /// next first; lists in it (the tails still to walk) are spliced in, one level deep.
    static func stopped(_ why: Stop, _ converted: Term, _ rest: [Term]) -> Term {
        var items: [Term] = []
        for r in rest {
            if r.isList { items += ListPrefix(r).elements } else { items.append(r) }
        }
        let restTerm = items.count == 1 && isBinaryTerm(items[0]) ? items[0] : Term.list(items)
        return .tuple(.atom(why == .error ? "error" : "incomplete"), converted, restTerm)
    }

    static func isBinaryTerm(_ t: Term) -> Bool { if case .binary = t { return true }; return false }

    enum Decoded { case scalar(Unicode.Scalar, Int), truncated, invalid }

    /// One UTF-8 sequence at `i`: the scalar and its length, or why there is none.
    static func decodeUTF8(_ b: [UInt8], at i: Int) -> Decoded {
        let lead = b[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .invalid
        }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length {
            guard i + k < b.count else {
                // Only continuation bytes so far: the sequence could still be completed.
                return .truncated
            }
            let byte = b[i + k]
            guard byte & 0xC0 == 0x80 else { return .invalid }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        let minimum: UInt32 = [0, 0, 0x80, 0x800, 0x10000][length]
        guard value >= minimum, let s = Unicode.Scalar(value) else { return .invalid }
        return .scalar(s, length)
    }
}

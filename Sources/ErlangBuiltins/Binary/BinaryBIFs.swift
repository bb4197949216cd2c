import BigInt
import ErlangRuntime

/// Module `binary`: byte-level access and searching. Every argument error is `badarg`.
enum BinaryBIFs {
    static let table = BIFTable(module: "binary", merging([access, searching]))

    static let access: [String: BIFFunction] = [
        "part/2": { a, _ throws(ErlangError) in
            guard case .tuple(let t) = a[1], t.count == 2 else { throw .badarg }
            return try ErlangBIFs.binaryPart(a[0], t.elements[0], t.elements[1])
        },
        "part/3": { a, _ throws(ErlangError) in try ErlangBIFs.binaryPart(a[0], a[1], a[2]) },
        "at/2": { a, _ throws(ErlangError) in
            let b = try binaryArg(a[0])
            guard case .int(let i) = a[1], i >= 0, i < b.bytes.count else { throw .badarg }
            return .int(Int(b.bytes[i]))
        },
        "first/1": { a, _ throws(ErlangError) in
            guard let byte = try binaryArg(a[0]).bytes.first else { throw .badarg }
            return .int(Int(byte))
        },
        "last/1": { a, _ throws(ErlangError) in
            guard let byte = try binaryArg(a[0]).bytes.last else { throw .badarg }
            return .int(Int(byte))
        },
        "copy/1": { a, _ throws(ErlangError) in .binary(try binaryArg(a[0])) },
        "copy/2": { a, p throws(ErlangError) in
            let b = try binaryArg(a[0])
            let n = try naturalArg(a[1])
            let (total, overflow) = b.bytes.count.multipliedReportingOverflow(by: n)
            guard !overflow, total <= maxBinaryBytes else { throw .systemLimit }
            var out: [UInt8] = []
            out.reserveCapacity(b.bytes.count * n)
            for _ in 0..<n { out += b.bytes }
            p.chargeWork(out.count / 8)
            return .binary(Bits(out))
        },
        "list_to_bin/1": { a, _ throws(ErlangError) in
            guard a[0].isList else { throw .badarg }
            return .binary(try IOList.bits(a[0]))
        },
        "bin_to_list/1": { a, _ throws(ErlangError) in
            Term.list(try binaryArg(a[0]).bytes.map { Term.int(Int($0)) })
        },
        "bin_to_list/2": { a, _ throws(ErlangError) in
            guard case .tuple(let t) = a[1], t.count == 2 else { throw .badarg }
            return try bytesList(a[0], t.elements[0], t.elements[1])
        },
        "bin_to_list/3": { a, _ throws(ErlangError) in try bytesList(a[0], a[1], a[2]) },
        "encode_unsigned/1": { a, _ throws(ErlangError) in try encodeUnsigned(a[0], .atom("big")) },
        "encode_unsigned/2": { a, _ throws(ErlangError) in try encodeUnsigned(a[0], a[1]) },
        "decode_unsigned/1": { a, _ throws(ErlangError) in try decodeUnsigned(a[0], .atom("big")) },
        "decode_unsigned/2": { a, _ throws(ErlangError) in try decodeUnsigned(a[0], a[1]) },
        "longest_common_prefix/1": { a, _ throws(ErlangError) in
            let all = try binaries(a[0])
            return .int(commonLength(all) { b, i in b[i] })
        },
        "longest_common_suffix/1": { a, _ throws(ErlangError) in
            let all = try binaries(a[0])
            return .int(commonLength(all) { b, i in b[b.count - 1 - i] })
        },
        "encode_hex/1": { a, _ throws(ErlangError) in
            let digits = Array("0123456789ABCDEF".utf8)
            var out: [UInt8] = []
            for byte in try binaryArg(a[0]).bytes {
                out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)])
            }
            return .binary(Bits(out))
        },
        "decode_hex/1": { a, _ throws(ErlangError) in
            let text = try binaryArg(a[0]).bytes
            guard text.count % 2 == 0 else { throw .badarg }
            var out: [UInt8] = []
            for i in stride(from: 0, to: text.count, by: 2) {
                guard let hi = hexValue(text[i]), let lo = hexValue(text[i + 1]) else { throw .badarg }
                out.append(hi << 4 | lo)
            }
            return .binary(Bits(out))
        },
    ]

    /// The largest binary swerl builds on request (4 GiB); past it is `system_limit`
    /// rather than an allocation failure.
    static let maxBinaryBytes = 1 << 32

    /// bin_to_list/2,3: the bytes of the part {Start, Length}.
    static func bytesList(_ bin: Term, _ start: Term, _ length: Term) throws(ErlangError) -> Term {
        guard case .binary(let part) = try ErlangBIFs.binaryPart(bin, start, length) else { throw .badarg }
        return Term.list(part.bytes.map { Term.int(Int($0)) })
    }

    static func isBigEndian(_ t: Term) throws(ErlangError) -> Bool {
        switch t.asAtom?.name {
        case "big": return true
        case "little": return false
        default: throw .badarg
        }
    }

    static func encodeUnsigned(_ t: Term, _ endianness: Term) throws(ErlangError) -> Term {
        guard let v = Arith.bigValue(t), v.sign == .plus || v.isZero else { throw .badarg }
        let big = try isBigEndian(endianness)
        var bytes: [UInt8] = []
        for word in v.magnitude.words {
            for k in 0..<(UInt.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: word >> (8 * k))) }
        }
        while bytes.count > 1, bytes.last == 0 { bytes.removeLast() }
        if bytes.isEmpty { bytes = [0] }
        return .binary(Bits(big ? bytes.reversed() : bytes))
    }

    static func decodeUnsigned(_ t: Term, _ endianness: Term) throws(ErlangError) -> Term {
        let bytes = try binaryArg(t).bytes
        let littleEndian = try isBigEndian(endianness) ? bytes.reversed() : bytes
        var words = [UInt](repeating: 0, count: (littleEndian.count + 7) / 8)
        for (i, byte) in littleEndian.enumerated() { words[i / 8] |= UInt(byte) << UInt(8 * (i % 8)) }
        return Term.integer(BigInt(sign: .plus, magnitude: BigUInt(words: words)))
    }

    /// A non-empty proper list of binaries.
    static func binaries(_ t: Term) throws(ErlangError) -> [[UInt8]] {
        let list = try listArg(t)
        guard !list.isEmpty else { throw .badarg }
        var out: [[UInt8]] = []
        for b in list { out.append(try binaryArg(b).bytes) }
        return out
    }

    /// How many leading positions (as `byte(binary, i)` reads them) all binaries share.
    static func commonLength(_ all: [[UInt8]], _ byte: ([UInt8], Int) -> UInt8) -> Int {
        let shortest = all.map(\.count).min() ?? 0
        var n = 0
        while n < shortest, let first = all.first, all.allSatisfy({ byte($0, n) == byte(first, n) }) { n += 1 }
        return n
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

import ErlangRuntime

/// Binaries and bitstrings: building them from lists, taking them apart, sizes.
extension ErlangBIFs {
    static let binaries: [String: BIFFunction] = [
        "list_to_binary/1": { a, p throws(ErlangError) in
            guard a[0].isList else { throw .badarg }
            let bits = try IOList.bits(a[0])
            p.chargeWork(bits.bytes.count / 8)
            return .binary(bits)
        },
        "iolist_to_binary/1": { a, p throws(ErlangError) in
            if case .binary(let b) = a[0] {
                guard b.isBinary else { throw .badarg }
                return a[0]
            }
            guard a[0].isList else { throw .badarg }
            let bits = try IOList.bits(a[0])
            p.chargeWork(bits.bytes.count / 8)
            return .binary(bits)
        },
        "iolist_size/1": { a, _ throws(ErlangError) in .int(try IOList.size(a[0])) },
        "list_to_bitstring/1": { a, _ throws(ErlangError) in
            guard a[0].isList else { throw .badarg }
            return .binary(try IOList.bits(a[0], allowBitstrings: true))
        },
        "bitstring_to_list/1": { a, _ throws(ErlangError) in
            guard case .binary(let b) = a[0] else { throw .badarg }
            let whole = b.bitCount / 8
            let bytes = b.bytes[..<whole].map { Term.int(Int($0)) }
            guard b.bitCount % 8 != 0 else { return Term.list(bytes) }
            let last = Bits(bytes: [b.bytes[whole]], bitCount: b.bitCount % 8)
            return Term.list(bytes + [.binary(last)])
        },
        "binary_to_list/1": { a, p throws(ErlangError) in
            let b = try binaryArg(a[0])
            p.chargeWork(b.bytes.count / 8)
            return Term.list(b.bytes.map { Term.int(Int($0)) })
        },
        "binary_to_list/3": { a, _ throws(ErlangError) in
            let b = try binaryArg(a[0])
            guard case .int(let start) = a[1], case .int(let stop) = a[2],
                  start >= 1, start <= stop, stop <= b.bytes.count else { throw .badarg }
            return Term.list(b.bytes[(start - 1)..<stop].map { Term.int(Int($0)) })
        },
        "byte_size/1": { a, _ throws(ErlangError) in
            guard case .binary(let b) = a[0] else { throw .badarg }
            return .int((b.bitCount + 7) / 8)
        },
        "bit_size/1": { a, _ throws(ErlangError) in
            guard case .binary(let b) = a[0] else { throw .badarg }
            return .int(b.bitCount)
        },
        "binary_part/2": { a, _ throws(ErlangError) in
            guard case .tuple(let t) = a[1], t.count == 2 else { throw .badarg }
            return try binaryPart(a[0], t.elements[0], t.elements[1])
        },
        "binary_part/3": { a, _ throws(ErlangError) in try binaryPart(a[0], a[1], a[2]) },
        "split_binary/2": { a, _ throws(ErlangError) in
            guard case .binary(let b) = a[0] else { throw .badarg }
            guard case .int(let pos) = a[1], pos >= 0, pos <= b.bitCount / 8 else { throw .badarg }
            let rest = bitSlice(b, from: pos * 8, count: b.bitCount - pos * 8)
            return .tuple(.binary(Bits(Array(b.bytes[..<pos]))), .binary(rest))
        },
    ]

    /// binary_part(Bin, Start, Length): `Length` may be negative to take bytes before `Start`.
    static func binaryPart(_ bin: Term, _ startT: Term, _ lengthT: Term) throws(ErlangError) -> Term {
        guard case .binary(let b) = bin, case .int(let start) = startT,
              case .int(let length) = lengthT else { throw .badarg }
        let (end, overflow) = start.addingReportingOverflow(length)
        let (from, to) = length >= 0 ? (start, end) : (end, start)
        guard !overflow, from >= 0, to <= b.bitCount / 8 else { throw .badarg }
        return .binary(Bits(Array(b.bytes[from..<to])))
    }

    /// `count` bits of `b` starting at bit `from`.
    static func bitSlice(_ b: Bits, from: Int, count: Int) -> Bits {
        if from % 8 == 0 {
            let end = (from + count + 7) / 8
            var bytes = Array(b.bytes[(from / 8)..<end])
            if count % 8 != 0, !bytes.isEmpty { bytes[bytes.count - 1] &= 0xFF << UInt8(8 - count % 8) }
            return Bits(bytes: bytes, bitCount: count)
        }
        var out = BitBuilder()
        for i in from..<(from + count) {
            out.append(bits: (b.bytes[i / 8] >> UInt8(7 - i % 8)) & 1, count: 1)
        }
        return out.bits
    }
}

import BigInt
import Foundation

/// Accumulates bits, most significant first.
struct BitWriter {
    var bytes: [UInt8] = []
    var bitCount = 0

    mutating func appendBit(_ bit: Bool) {
        if bitCount % 8 == 0 { bytes.append(0) }
        if bit { bytes[bytes.count - 1] |= UInt8(0x80) >> UInt8(bitCount % 8) }
        bitCount += 1
    }

    mutating func appendByte(_ b: UInt8) {
        if bitCount % 8 == 0 { bytes.append(b); bitCount += 8; return }
        for i in 0..<8 { appendBit(b & (0x80 >> UInt8(i)) != 0) }
    }

    mutating func append(_ bits: Bits, count: Int) {
        if bitCount % 8 == 0 && bits.bitOffset % 8 == 0 && count % 8 == 0 {
            let start = bits.bitOffset / 8
            bytes.append(contentsOf: bits.storage[start..<(start + count / 8)])
            bitCount += count
            return
        }
        var i = 0
        while i + 8 <= count { appendByte(bits.byteAt(bit: bits.bitOffset + i)); i += 8 }
        while i < count {
            let pos = bits.bitOffset + i
            appendBit(bits.storage[pos >> 3] & (0x80 >> UInt8(pos & 7)) != 0)
            i += 1
        }
    }

    /// Appends the low `n` bits of `v` (two's complement), big-endian.
    mutating func appendInteger(_ v: BigInt, bits n: Int, little: Bool) {
        guard n > 0 else { return }
        let modulus = BigInt(1) << n
        var u = v % modulus
        if u < 0 { u += modulus }
        var be = [UInt8](repeating: 0, count: (n + 7) / 8)
        // Big-endian bytes of u, right-aligned in n bits.
        var x = BigUInt(u)
        var i = be.count - 1
        while i >= 0 && x > 0 { be[i] = UInt8(truncatingIfNeeded: x & 0xFF); x >>= 8; i -= 1 }
        let pad = be.count * 8 - n
        if little && n % 8 == 0 { be.reverse() }
        // Emit the n bits after skipping `pad` leading zero bits.
        if pad == 0 {
            for b in be { appendByte(b) }
        } else {
            for bit in pad..<(be.count * 8) { appendBit(be[bit / 8] & (0x80 >> UInt8(bit % 8)) != 0) }
        }
    }

    mutating func appendInt(_ v: Int, bits n: Int, little: Bool) {
        if n <= 64 && n % 8 == 0 {
            let u = UInt64(bitPattern: Int64(v))
            let nb = n / 8
            for i in 0..<nb {
                let shift = little ? i * 8 : (nb - 1 - i) * 8
                appendByte(UInt8(truncatingIfNeeded: u >> UInt64(shift)))
            }
            return
        }
        appendInteger(BigInt(v), bits: n, little: little)
    }

    var result: Bits { Bits(bytes: bytes, bitCount: bitCount) }
}

/// Builds `<<...>>` from segment descriptors and the values in registers.
enum BitBuilder {
    static func build(_ segs: [BitSegment], first: Int, count: Int, regs: UnsafeMutablePointer<Term>) throws(ErlangError) -> Term {
        var w = BitWriter()
        for i in 0..<count {
            let seg = segs[first + i]
            let value = regs[2 * i]
            var size: Int? = seg.constSize
            if size == -1 {
                guard case .int(let s) = regs[2 * i + 1], s >= 0 else { throw .badarg }
                size = s
            }
            try append(&w, seg, value, size)
        }
        return .binary(w.result)
    }

    static func append(_ w: inout BitWriter, _ seg: BitSegment, _ value: Term, _ size: Int?) throws(ErlangError) {
        switch seg.kind {
        case .integer:
            let n = (size ?? 8) * seg.unit
            switch value {
            case .int(let v): w.appendInt(v, bits: n, little: seg.little)
            case .big(let b): w.appendInteger(b.value, bits: n, little: seg.little)
            default: throw .badarg
            }
        case .float:
            let n = (size ?? 64) * seg.unit
            let d: Double
            switch value {
            case .float(let f): d = f
            case .int(let i): d = Double(i)
            case .big(let b): d = Double(b.value)
            default: throw .badarg
            }
            switch n {
            case 64: w.appendInt(Int(Int64(bitPattern: d.bitPattern)), bits: 64, little: seg.little)
            case 32: w.appendInt(Int(Float(d).bitPattern), bits: 32, little: seg.little)
            case 16: w.appendInt(Int(Float16Bits.from(d)), bits: 16, little: seg.little)
            default: throw .badarg
            }
        case .binary, .bitstring:
            guard case .binary(let b) = value else { throw .badarg }
            if seg.kind == .binary && size == nil && b.bitCount % 8 != 0 { throw .badarg }
            let n = size.map { $0 * seg.unit } ?? b.bitCount
            guard n <= b.bitCount else { throw .badarg }
            w.append(b, count: n)
        case .utf8, .utf16, .utf32:
            guard case .int(let c) = value, c >= 0, c <= 0x10FFFF, !(0xD800...0xDFFF).contains(c),
                  let scalar = Unicode.Scalar(UInt32(c)) else { throw .badarg }
            switch seg.kind {
            case .utf8: for b in String(Character(scalar)).utf8 { w.appendByte(b) }
            case .utf16:
                for u in String(Character(scalar)).utf16 { w.appendInt(Int(u), bits: 16, little: seg.little) }
            default: w.appendInt(c, bits: 32, little: seg.little)
            }
        }
    }
}

/// Half-precision conversion for `/float` segments of size 16.
enum Float16Bits {
    static func from(_ d: Double) -> UInt16 {
        let f = Float(d)
        let bits = f.bitPattern
        let sign = UInt16((bits >> 16) & 0x8000)
        let exp = Int((bits >> 23) & 0xFF) - 127 + 15
        let mant = bits & 0x7FFFFF
        if exp <= 0 { return sign }
        if exp >= 31 { return sign | 0x7C00 }
        return sign | UInt16(exp << 10) | UInt16(mant >> 13)
    }
    static func to(_ h: UInt16) -> Double {
        let sign: Double = h & 0x8000 != 0 ? -1 : 1
        let exp = Int((h >> 10) & 0x1F)
        let mant = Double(h & 0x3FF)
        if exp == 0 { return sign * mant * pow(2, -24) }
        if exp == 31 { return sign * .infinity }
        return sign * (1 + mant / 1024) * pow(2, Double(exp - 15))
    }
}

/// Matches one segment of a binary pattern.
enum BitMatcher {
    /// Reads segment `seg` of `bin` at bit `offset` (an `.int`), storing the value in
    /// `out` and advancing `offset`. Returns false when the segment does not match.
    static func get(_ seg: BitSegment, _ bin: Term, offset: inout Term, size sizeTerm: Term?, into out: inout Term) -> Bool {
        guard case .binary(let b) = bin, case .int(let off) = offset else { return false }
        var size: Int? = seg.constSize
        if size == -1 {
            guard case .int(let s)? = sizeTerm, s >= 0 else { return false }
            size = s
        }
        let remaining = b.bitCount - off
        let start = b.bitOffset + off
        switch seg.kind {
        case .integer:
            let n = (size ?? 8) * seg.unit
            guard n <= remaining else { return false }
            out = readInteger(b, start: start, bits: n, signed: seg.signed, little: seg.little)
            offset = .int(off + n)
        case .float:
            let n = (size ?? 64) * seg.unit
            guard n <= remaining else { return false }
            guard case .int(let raw) = readInteger(b, start: start, bits: n, signed: false, little: seg.little) else { return false }
            let d: Double
            switch n {
            case 64: d = Double(bitPattern: UInt64(bitPattern: Int64(raw)))
            case 32: d = Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
            case 16: d = Float16Bits.to(UInt16(truncatingIfNeeded: raw))
            default: return false
            }
            guard d.isFinite else { return false }
            out = .float(d)
            offset = .int(off + n)
        case .binary, .bitstring:
            let n: Int
            if let s = size { n = s * seg.unit } else { n = remaining }
            guard n <= remaining else { return false }
            if seg.kind == .binary && n % 8 != 0 { return false }
            out = .binary(Bits(storage: b.storage, bitOffset: start, bitCount: n))
            offset = .int(off + n)
        case .utf8:
            guard remaining >= 8 else { return false }
            let b0 = b.byteAt(bit: start)
            let len = b0 < 0x80 ? 1 : b0 >> 5 == 0x6 ? 2 : b0 >> 4 == 0xE ? 3 : b0 >> 3 == 0x1E ? 4 : 0
            guard len > 0, remaining >= len * 8 else { return false }
            var cp = len == 1 ? Int(b0) : Int(b0 & (0xFF >> UInt8(len + 1)))
            for i in 1..<max(len, 1) where len > 1 {
                let c = b.byteAt(bit: start + 8 * i)
                guard c & 0xC0 == 0x80 else { return false }
                cp = (cp << 6) | Int(c & 0x3F)
            }
            guard cp <= 0x10FFFF, !(0xD800...0xDFFF).contains(cp) else { return false }
            out = .int(cp)
            offset = .int(off + len * 8)
        case .utf16:
            guard remaining >= 16, case .int(let u) = readInteger(b, start: start, bits: 16, signed: false, little: seg.little) else { return false }
            if (0xD800...0xDBFF).contains(u) {
                guard remaining >= 32, case .int(let l) = readInteger(b, start: start + 16, bits: 16, signed: false, little: seg.little),
                      (0xDC00...0xDFFF).contains(l) else { return false }
                out = .int(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00))
                offset = .int(off + 32)
            } else {
                out = .int(u)
                offset = .int(off + 16)
            }
        case .utf32:
            guard remaining >= 32, case .int(let u) = readInteger(b, start: start, bits: 32, signed: false, little: seg.little),
                  u <= 0x10FFFF, !(0xD800...0xDFFF).contains(u) else { return false }
            out = .int(u)
            offset = .int(off + 32)
        }
        return true
    }

    /// Reads `n` bits at absolute bit `start` of `b.storage` as an integer.
    static func readInteger(_ b: Bits, start: Int, bits n: Int, signed: Bool, little: Bool) -> Term {
        if n == 0 { return .int(0) }
        if n <= 63 && !(little && n % 8 != 0) {
            var v: UInt64 = 0
            if start % 8 == 0 && n % 8 == 0 {
                let i0 = start / 8
                for i in 0..<(n / 8) { v = (v << 8) | UInt64(b.storage[i0 + i]) }
            } else {
                for i in 0..<n {
                    let pos = start + i
                    v = (v << 1) | UInt64((b.storage[pos >> 3] >> UInt8(7 - (pos & 7))) & 1)
                }
            }
            if little {
                var s: UInt64 = 0
                for i in 0..<(n / 8) { s = (s << 8) | ((v >> UInt64(i * 8)) & 0xFF) }
                v = s
            }
            if signed && v & (UInt64(1) << UInt64(n - 1)) != 0 {
                return .int(Int(Int64(bitPattern: v)) - (1 << n))
            }
            return .int(Int(v))
        }
        // Wide integers: through BigInt.
        var bytes: [UInt8] = []
        var bitsLeft = n
        var pos = start
        var acc = BigUInt(0)
        while bitsLeft >= 8 { bytes.append(b.byteAt(bit: pos)); pos += 8; bitsLeft -= 8 }
        if little { bytes.reverse() }
        for x in bytes { acc = (acc << 8) | BigUInt(x) }
        for _ in 0..<bitsLeft {
            acc = (acc << 1) | BigUInt((b.storage[pos >> 3] >> UInt8(7 - (pos & 7))) & 1)
            pos += 1
        }
        var v = BigInt(acc)
        if signed && acc.bitWidth >= n && (acc >> (n - 1)) & 1 == 1 { v -= BigInt(1) << n }
        return .integer(v)
    }
}

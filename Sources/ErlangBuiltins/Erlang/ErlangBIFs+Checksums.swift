import ErlangRuntime
import Foundation

/// erlang:crc32/1,2, adler32/1,2 and md5/1 over iodata.
extension ErlangBIFs {
    static let checksums: [String: BIFFunction] = [
        "crc32/1": { a, p throws(ErlangError) in
            let bytes = try iodataBytes(a[0], p)
            return .int(Int(Checksum.crc32(bytes, start: 0)))
        },
        "crc32/2": { a, p throws(ErlangError) in
            guard case .int(let old) = a[0], old >= 0, old <= Int(UInt32.max) else { throw .badarg }
            return .int(Int(Checksum.crc32(try iodataBytes(a[1], p), start: UInt32(old))))
        },
        "adler32/1": { a, p throws(ErlangError) in
            .int(Int(Checksum.adler32(try iodataBytes(a[0], p), start: 1)))
        },
        "adler32/2": { a, p throws(ErlangError) in
            guard case .int(let old) = a[0], old >= 0, old <= Int(UInt32.max) else { throw .badarg }
            return .int(Int(Checksum.adler32(try iodataBytes(a[1], p), start: UInt32(old))))
        },
        "md5/1": { a, p throws(ErlangError) in .binary(Bits(MD5.digest(try iodataBytes(a[0], p)))) },
    ]

    /// A binary or an iolist, as bytes.
    static func iodataBytes(_ t: Term, _ p: ErlProcess) throws(ErlangError) -> [UInt8] {
        let bytes: [UInt8]
        if case .binary(let b) = t {
            guard b.isBinary else { throw .badarg }
            bytes = b.bytes
        } else {
            guard t.isList else { throw .badarg }
            bytes = try IOList.bytes(t)
        }
        p.chargeWork(bytes.count / 16)
        return bytes
    }
}

/// zlib's CRC-32 (reflected polynomial 0xEDB88320) and Adler-32.
enum Checksum {
    static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Continues the CRC `start` (0 for a fresh one) over `bytes`.
    static func crc32(_ bytes: [UInt8], start: UInt32) -> UInt32 {
        var c = ~start
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return ~c
    }

    /// Continues the checksum `start` (1 for a fresh one) over `bytes`.
    static func adler32(_ bytes: [UInt8], start: UInt32) -> UInt32 {
        let mod: UInt32 = 65521
        var a = start & 0xFFFF, b = start >> 16
        for byte in bytes {
            a = (a + UInt32(byte)) % mod
            b = (b + a) % mod
        }
        return b << 16 | a
    }
}

/// MD5 (RFC 1321), for erlang:md5/1.
enum MD5 {
    /// Per-round left rotations.
    static let shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
    /// K[i] = floor(|sin(i + 1)| * 2^32), as the RFC defines them.
    static let constants: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296)) }

    static func digest(_ message: [UInt8]) -> [UInt8] {
        var data = message
        let bitLength = UInt64(message.count) &* 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for k in 0..<8 { data.append(UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(k)))) }

        var h: (UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            var m = [UInt32](repeating: 0, count: 16)
            for i in 0..<16 {
                for k in 0..<4 { m[i] |= UInt32(data[chunk + 4 * i + k]) << (8 * UInt32(k)) }
            }
            var (a, b, c, d) = h
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i / 16 {
                case 0: f = (b & c) | (~b & d); g = i
                case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ constants[i] &+ m[g]
                a = d; d = c; c = b
                let s = shifts[(i / 16) * 4 + i % 4]
                b = b &+ (f << s | f >> (32 - s))
            }
            h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d)
        }
        var out: [UInt8] = []
        for word in [h.0, h.1, h.2, h.3] {
            for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt32(k)))) }
        }
        return out
    }
}

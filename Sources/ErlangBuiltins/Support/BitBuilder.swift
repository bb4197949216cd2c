import ErlangRuntime

/// Accumulates bits into a bitstring: whole bytes fast, partial bytes bit by bit.
struct BitBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var bitCount = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(byte: UInt8) {
        let offset = bitCount % 8
        if offset == 0 {
            bytes.append(byte)
        } else {
            bytes[bytes.count - 1] |= byte >> UInt8(offset)
            bytes.append(byte << UInt8(8 - offset))
        }
        bitCount += 8
    }

    mutating func append(_ bits: Bits) {
        if bitCount % 8 == 0 && bits.isBinary {
            bytes.append(contentsOf: bits.bytes)
            bitCount += bits.bitCount
            return
        }
        let whole = bits.bitCount / 8
        for i in 0..<whole { append(byte: bits.bytes[i]) }
        let rest = bits.bitCount % 8
        if rest > 0 { append(bits: bits.bytes[whole] >> UInt8(8 - rest), count: rest) }
    }

    /// Appends the low `count` (< 8) bits of `value`.
    mutating func append(bits value: UInt8, count: Int) {
        for i in stride(from: count - 1, through: 0, by: -1) {
            let bit = (value >> UInt8(i)) & 1
            if bitCount % 8 == 0 { bytes.append(0) }
            if bit == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(bitCount % 8) }
            bitCount += 1
        }
    }

    var bits: Bits { Bits(bytes: bytes, bitCount: bitCount) }
}

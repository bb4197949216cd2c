import BigInt

/// Conversions between Erlang's number representations. These are written here rather
/// than taken from the BigInt package because its float conversion does not round to
/// nearest-even, and Erlang prints floats exactly, so every bit matters.
extension Arith {
    /// The integer value of an `.int` or `.big` term; nil for anything else (floats included).
    @inlinable
    public static func bigValue(_ t: Term) -> BigInt? {
        switch t {
        case .int(let i): return BigInt(i)
        case .big(let b): return b.value
        default: return nil
        }
    }

    /// The value of a number as a float, as Erlang converts for mixed arithmetic: nil for a
    /// non-number and for an integer too large to be a finite float.
    public static func toDouble(_ t: Term) -> Double? {
        switch t {
        case .int(let i): return Double(i)
        case .float(let f): return f
        case .big(let b):
            let d = double(b.value)
            return d.isFinite ? d : nil
        default: return nil
        }
    }

    /// `v` rounded to the nearest float (ties to even); ±infinity when out of range.
    public static func double(_ v: BigInt) -> Double {
        let magnitude = v.magnitude
        let width = magnitude.bitWidth
        if width <= 64 {
            let d = Double(UInt64(magnitude))
            return v.sign == .minus ? -d : d
        }
        // Keep the top 64 bits and fold every lower bit into a sticky bit: 64 > 53 + 2,
        // so rounding the 64-bit value once gives the correctly rounded result.
        let shift = width - 64
        var top = UInt64(magnitude >> shift)
        if magnitude.trailingZeroBitCount < shift { top |= 1 }
        return Double(sign: v.sign == .minus ? .minus : .plus, exponent: shift,
                      significand: Double(top))
    }

    /// The exact integer value of a float that has no fractional part.
    /// Callers round `f` first; Erlang floats are always finite (a non-finite `f` gives 0).
    public static func integer(fromIntegral f: Double) -> Term {
        guard f.isFinite else { return .int(0) }
        if abs(f) < 9.2e18 { return .int(Int(f.rounded(.towardZero))) }
        // |f| >= 2^53 here, so it is significand * 2^k with a non-negative k.
        let significand = BigInt(f.significandBitPattern | (1 << 52))
        let value = significand << (Int(f.exponent) - 52)
        return Term.integer(f < 0 ? -value : value)
    }
}

import BigInt

/// Erlang's bitwise operators. Integers behave as infinitely sign-extended two's
/// complement numbers; any non-integer operand (floats included) is `badarith`.
extension Arith {
    @inlinable
    public static func band(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b { return .int(x & y) }
        return try bitwiseSlow(a, b) { $0 & $1 }
    }

    @inlinable
    public static func bor(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b { return .int(x | y) }
        return try bitwiseSlow(a, b) { $0 | $1 }
    }

    @inlinable
    public static func bxor(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b { return .int(x ^ y) }
        return try bitwiseSlow(a, b) { $0 ^ $1 }
    }

    @inlinable
    public static func bnot(_ a: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a { return .int(~x) }
        guard case .big(let v) = a else { throw .badarith }
        return Term.integer(-v.value - 1)
    }

    /// `bsl`: shift left by `b` bits (right if `b` is negative).
    @inlinable
    public static func bsl(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let n) = b, n >= 0, n < 64 {
            let r = x << n
            if r >> n == x { return .int(r) }
        }
        return try shiftSlow(a, b, negateCount: false)
    }

    /// `bsr`: arithmetic shift right by `b` bits (left if `b` is negative).
    @inlinable
    public static func bsr(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        // Swift's `>>` on Int is arithmetic and saturates over-long shifts to 0 or -1.
        if case .int(let x) = a, case .int(let n) = b, n >= 0 { return .int(x >> n) }
        return try shiftSlow(a, b, negateCount: true)
    }

    // MARK: - Slow paths

    @usableFromInline
    static func bitwiseSlow(_ a: Term, _ b: Term, _ op: (UInt, UInt) -> UInt) throws(ErlangError) -> Term {
        guard let x = bigValue(a), let y = bigValue(b) else { throw .badarith }
        // One extra word leaves room for the sign, so the result's top bit is its sign.
        let count = max(x.magnitude.words.count, y.magnitude.words.count) + 1
        let wx = twosComplementWords(x, count: count)
        let wy = twosComplementWords(y, count: count)
        var out = [UInt](repeating: 0, count: count)
        for i in 0..<count { out[i] = op(wx[i], wy[i]) }
        return Term.integer(integer(twosComplement: out))
    }

    /// `a` shifted left by `b` bits; by `-b` bits when `negateCount` (that is `bsr`).
    @usableFromInline
    static func shiftSlow(_ a: Term, _ b: Term, negateCount: Bool) throws(ErlangError) -> Term {
        guard let x = bigValue(a), let count = bigValue(b) else { throw .badarith }
        if x.isZero { return .int(0) }
        let left = negateCount ? -count : count
        guard let n = Int(exactly: left) else {
            // Shifting by more bits than any integer can have.
            if left.sign == .plus { throw .systemLimit }
            return .int(x.sign == .minus ? -1 : 0)
        }
        if n >= 0 {
            guard n <= maxIntegerBits - x.magnitude.bitWidth else { throw .systemLimit }
            return Term.integer(x << n)
        }
        let right = n == .min ? Int.max : -n
        if right >= x.magnitude.bitWidth { return .int(x.sign == .minus ? -1 : 0) }
        if x.sign == .plus { return Term.integer(BigInt(x.magnitude >> right)) }
        // Shifting right rounds towards minus infinity: -((|x| - 1) >> n) - 1.
        let shifted = BigInt((x.magnitude - 1) >> right)
        return Term.integer(-shifted - 1)
    }

    /// The little-endian two's complement words of `v`, sign-extended to `count` words.
    static func twosComplementWords(_ v: BigInt, count: Int) -> [UInt] {
        var words = Array(v.magnitude.words)
        if words.count < count { words += repeatElement(0, count: count - words.count) }
        if v.sign == .minus { negateTwosComplement(&words) }
        return words
    }

    /// The integer whose two's complement words (little-endian, top bit = sign) are `words`.
    static func integer(twosComplement words: [UInt]) -> BigInt {
        guard let top = words.last, top >> (UInt.bitWidth - 1) == 1 else {
            return BigInt(sign: .plus, magnitude: BigUInt(words: words))
        }
        var magnitude = words
        negateTwosComplement(&magnitude)
        return BigInt(sign: .minus, magnitude: BigUInt(words: magnitude))
    }

    /// Invert and add one, in place.
    static func negateTwosComplement(_ words: inout [UInt]) {
        var carry = true
        for i in words.indices {
            words[i] = ~words[i]
            if carry { (words[i], carry) = words[i].addingReportingOverflow(1) }
        }
    }
}

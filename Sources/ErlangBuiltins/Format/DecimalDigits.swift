/// The decimal digits of a non-negative finite double: value = 0.d₁d₂d₃… × 10^`pointPosition`.
///
/// `digits` never starts with a zero (an empty array means the value zero) and holds
/// digit values 0...9, not ASCII. The float formats with a precision (~e, ~f, ~g,
/// float_to_list/2) start from the exact value and round.
struct DecimalDigits {
    var digits: [UInt8]
    /// How many digits stand before the decimal point (may be negative or exceed the count).
    var pointPosition: Int

    /// How a digit string is cut short.
    enum Rounding {
        /// Exact round-half-to-even, as C's printf does on the exact binary value.
        case halfEven
        /// Round half away from zero, looking only at the digits present (io_lib's ~e/~f).
        case halfUp
    }

    static let zero = DecimalDigits(digits: [], pointPosition: 0)

    /// The exact value of `value` (its sign ignored): every double is a finite decimal.
    static func exact(_ value: Double) -> DecimalDigits {
        let v = abs(value)
        guard v.isFinite, v != 0 else { return .zero }
        // v = significand × 2^exponent with an integer significand.
        let significand = v.significandBitPattern | (v.isNormal ? 1 << 52 : 0)
        let exponent = (v.isNormal ? Int(v.exponentBitPattern) : 1) - 1075
        var number = DecimalBigNumber(significand)
        if exponent >= 0 {
            number.multiply(byPowerOf: 2, exponent)
            let d = number.decimalDigits()
            return DecimalDigits(digits: d, pointPosition: d.count).trimmed()
        }
        // m / 2^k = m × 5^k / 10^k
        number.multiply(byPowerOf: 5, -exponent)
        let d = number.decimalDigits()
        return DecimalDigits(digits: d, pointPosition: d.count + exponent).trimmed()
    }

    var isZero: Bool { digits.isEmpty }

    /// The digit at `index` (0-based), zero past the end.
    func digit(_ index: Int) -> UInt8 { index >= 0 && index < digits.count ? digits[index] : 0 }

    /// Removes trailing zero digits (the value is unchanged).
    func trimmed() -> DecimalDigits {
        var d = digits
        while let last = d.last, last == 0 { d.removeLast() }
        if d.isEmpty { return .zero }
        return DecimalDigits(digits: d, pointPosition: pointPosition)
    }

    /// Keeps the first `keep` digits (keep may be ≤ 0), rounding by what follows.
    /// The result may gain a digit in front (9.99 → 10.0), moving `pointPosition`.
    func rounded(keeping keep: Int, _ mode: Rounding) -> DecimalDigits {
        if keep >= digits.count { return self }
        if keep < 0 { return DecimalDigits(digits: [], pointPosition: pointPosition) }
        let first = digits[keep]
        var up: Bool
        switch mode {
        case .halfUp:
            up = first >= 5
        case .halfEven:
            if first != 5 { up = first > 5 }
            else if digits[(keep + 1)...].contains(where: { $0 != 0 }) { up = true }
            else { up = keep > 0 && digits[keep - 1] % 2 == 1 }
        }
        var kept = Array(digits[..<keep])
        var point = pointPosition
        if up {
            var i = kept.count - 1
            while i >= 0, kept[i] == 9 { kept[i] = 0; i -= 1 }
            if i >= 0 { kept[i] += 1 } else { kept.insert(1, at: 0); point += 1 }
        }
        return DecimalDigits(digits: kept, pointPosition: point).trimmed().withPoint(point)
    }

    /// Rounded to `count` significant digits.
    func rounded(significant count: Int, _ mode: Rounding) -> DecimalDigits {
        rounded(keeping: count, mode)
    }

    /// Rounded to `decimals` digits after the decimal point.
    func rounded(decimals: Int, _ mode: Rounding) -> DecimalDigits {
        rounded(keeping: pointPosition + decimals, mode)
    }

    private func withPoint(_ p: Int) -> DecimalDigits {
        isZero ? DecimalDigits(digits: [], pointPosition: p) : self
    }

    /// Exactly `count` significant digits as ASCII, padded with zeros.
    func significantText(_ count: Int) -> String {
        String(decoding: (0..<count).map { digit($0) + 48 }, as: UTF8.self)
    }

    /// The integer part as ASCII ("0" when below one).
    var integerText: String {
        if pointPosition <= 0 || isZero { return "0" }
        return String(decoding: (0..<pointPosition).map { digit($0) + 48 }, as: UTF8.self)
    }

    /// The first `count` digits after the decimal point as ASCII.
    func fractionText(_ count: Int) -> String {
        String(decoding: (0..<count).map { digit(pointPosition + $0) + 48 }, as: UTF8.self)
    }
}

/// A non-negative integer in base 10⁹ limbs (least significant first): just enough
/// arithmetic to expand a double into exact decimal digits.
struct DecimalBigNumber {
    private static let base: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = value == 0 ? [0] : []
        var v = value
        while v > 0 { limbs.append(v % Self.base); v /= Self.base }
    }

    /// Multiplies by `factor` (< 2^32) in place.
    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let p = limbs[i] * factor + carry
            limbs[i] = p % Self.base
            carry = p / Self.base
        }
        while carry > 0 { limbs.append(carry % Self.base); carry /= Self.base }
    }

    /// Multiplies by `radix`^`power` (radix 2 or 5), in chunks that keep products in 64 bits.
    mutating func multiply(byPowerOf radix: UInt64, _ power: Int) {
        let chunk = radix == 2 ? 28 : 12
        var left = power
        while left > 0 {
            let n = min(left, chunk)
            var f: UInt64 = 1
            for _ in 0..<n { f *= radix }
            multiply(by: f)
            left -= n
        }
    }

    /// Decimal digit values, most significant first, without leading zeros.
    func decimalDigits() -> [UInt8] {
        var out: [UInt8] = []
        for (i, limb) in limbs.enumerated().reversed() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var v = limb
            for j in stride(from: 8, through: 0, by: -1) { chunk[j] = UInt8(v % 10); v /= 10 }
            if i == limbs.count - 1 {
                let firstNonZero = chunk.firstIndex(where: { $0 != 0 }) ?? 9
                out.append(contentsOf: chunk[firstNonZero...])
            } else {
                out.append(contentsOf: chunk)
            }
        }
        return out
    }
}

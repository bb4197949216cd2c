// Number literals: 42, 1_000, 16#FF, 2#1010_1010, 3.14, 1.0e-3, 6.02_2E2_3.

extension Scanner {
    /// number -> digits ('#' based_digits | '.' digits exponent?)?
    /// digits -> digit ('_'? digit)*
    mutating func scanNumber(at start: SourceLocation) {
        let digits = scanDigits(base: 10)
        if peek() == 35 { return scanBasedInteger(baseDigits: digits, at: start) }     // #
        if peek() == 46, let next = peek(1), CharacterClass.isDigit(next) {           // .
            return scanFloat(integerPart: digits, at: start)
        }
        emit(IntegerText.token(digits: digits, base: 10), at: start)
    }

    /// `Base#Digits`; the base must be 2..36 and at least one digit must follow.
    /// Like erl_scan, a bad base is reported before the `#` is consumed.
    private mutating func scanBasedInteger(baseDigits: [UInt32], at start: SourceLocation) {
        let baseText = IntegerText.decimal(baseDigits)
        guard let base = Int(baseText), (2...36).contains(base) else {
            return fail(.illegalBase(baseText), at: start)
        }
        advance()
        let digits = scanDigits(base: base)
        guard !digits.isEmpty else { return fail(.illegalInteger, at: start) }
        emit(IntegerText.token(digits: digits, base: base), at: start)
    }

    /// Fraction and optional exponent; the exponent needs at least one digit.
    private mutating func scanFloat(integerPart: [UInt32], at start: SourceLocation) {
        advance()
        var text = Self.string(integerPart) + "." + Self.string(scanDigits(base: 10))
        if let e = peek(), e == 101 || e == 69 {                   // e E
            advance()
            text += "e"
            if let sign = peek(), sign == 43 || sign == 45 {      // + -
                advance()
                text += Self.string([sign])
            }
            let exponent = scanDigits(base: 10)
            guard !exponent.isEmpty else { return fail(.illegalFloat, at: start) }
            text += Self.string(exponent)
        }
        guard let value = Double(text), value.isFinite else { return fail(.illegalFloat, at: start) }
        emit(.float(value), at: start)
    }

    /// Digits valid in `base`, with single `_` separators between digits
    /// (a `_` not followed by a digit ends the number). Returns the digits
    /// without separators; empty if the first character is not a digit.
    mutating func scanDigits(base: Int) -> [UInt32] {
        var digits: [UInt32] = []
        func isDigit(_ c: UInt32?) -> Bool {
            guard let c, let v = CharacterClass.digitValue(c) else { return false }
            return v < base
        }
        while let c = peek() {
            if isDigit(c) {
                digits.append(c)
                advance()
            } else if c == 95, !digits.isEmpty, isDigit(peek(1)) {
                advance()
            } else {
                break
            }
        }
        return digits
    }
}

/// Turning digit characters into integer tokens, exactly for any size.
enum IntegerText {
    /// `.integer` when the value fits in Int, else `.bigInteger` with decimal digits.
    static func token(digits: [UInt32], base: Int) -> Token.Kind {
        var value = 0
        for c in digits {
            let d = CharacterClass.digitValue(c) ?? 0
            let (times, o1) = value.multipliedReportingOverflow(by: base)
            let (sum, o2) = times.addingReportingOverflow(d)
            if o1 || o2 { return .bigInteger(base == 10 ? decimal(digits) : convertToDecimal(digits, base: base)) }
            value = sum
        }
        return .integer(value)
    }

    /// Decimal digit characters as text without leading zeros ("0" for zero).
    static func decimal(_ digits: [UInt32]) -> String {
        let significant = digits.drop { $0 == 48 }
        return significant.isEmpty ? "0" : Scanner.string(significant)
    }

    /// Base conversion with limbs of 9 decimal digits (least significant first).
    static func convertToDecimal(_ digits: [UInt32], base: Int) -> String {
        let limbBase: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [0]
        for c in digits {
            var carry = UInt64(CharacterClass.digitValue(c) ?? 0)
            for i in limbs.indices {
                let v = limbs[i] * UInt64(base) + carry
                limbs[i] = v % limbBase
                carry = v / limbBase
            }
            while carry > 0 { limbs.append(carry % limbBase); carry /= limbBase }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}

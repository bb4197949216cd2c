import ErlangSyntax

/// Float to text, in each of the forms OTP uses. Every function expects a finite double
/// (Erlang has no NaN or infinity terms).
enum FloatFormat {
    // MARK: - Shortest form (~w, ~p, io_lib:write, float_to_list(F, [short]))

    /// The shortest text that reads back as `value`, laid out as OTP lays it out (the
    /// parser's `ErlangFloatText`, checked here against OTP on the recorded corpus).
    static func shortest(_ value: Double) -> String {
        ErlangFloatText.shortest(value)
    }

    // MARK: - C printf forms (float_to_list/2 options)

    /// printf's `%.{digits}e`: "1.25e-01", exact value rounded half-to-even.
    static func printfScientific(_ value: Double, digits: Int) -> String {
        let sign = value.sign == .minus ? "-" : ""
        var d = DecimalDigits.exact(value)
        var exponent = 0
        if !d.isZero {
            d = d.rounded(significant: digits + 1, .halfEven)
            exponent = d.pointPosition - 1
        }
        let text = d.significantText(digits + 1)
        let mantissa = digits == 0 ? String(text) : text.prefix(1) + "." + text.dropFirst()
        let magnitude = String(abs(exponent))
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
            + (magnitude.count < 2 ? "0" + magnitude : magnitude)
    }

    /// printf's `%.{decimals}f`: the exact value rounded half-to-even.
    static func printfFixed(_ value: Double, decimals: Int) -> String {
        let sign = value.sign == .minus ? "-" : ""
        let d = DecimalDigits.exact(value).rounded(decimals: decimals, .halfEven)
        return sign + fixedText(d, decimals: decimals)
    }

    /// "123.450" from digits already rounded to `decimals` places.
    static func fixedText(_ d: DecimalDigits, decimals: Int) -> String {
        decimals == 0 ? d.integerText : d.integerText + "." + d.fractionText(decimals)
    }

    // MARK: - io_lib:format ~e ~f ~g

    /// io_lib works from the 21 significant digits of `%.20e`, then rounds half up.
    private static func ioLibDigits(_ value: Double) -> DecimalDigits {
        DecimalDigits.exact(value).rounded(significant: 21, .halfEven)
    }

    /// ~e: `precision` significant digits (≥ 2), exponent with a sign and no padding:
    /// "1.00000e+0".
    static func ioLibScientific(_ value: Double, precision: Int) -> String {
        let sign = value.sign == .minus ? "-" : ""
        var d = ioLibDigits(value)
        var exponent = 0
        if !d.isZero {
            d = d.rounded(significant: precision, .halfUp)
            exponent = d.pointPosition - 1
        }
        let text = d.significantText(precision)
        return sign + text.prefix(1) + "." + text.dropFirst() + "e" + (exponent < 0 ? "-" : "+")
            + String(abs(exponent))
    }

    /// ~f: `precision` (≥ 1) digits after the point.
    static func ioLibFixed(_ value: Double, precision: Int) -> String {
        let sign = value.sign == .minus ? "-" : ""
        let d = ioLibDigits(value).rounded(decimals: precision, .halfUp)
        return sign + fixedText(d, decimals: precision)
    }

    /// ~g: ~f for magnitudes in [0.1, 10^4) when the precision allows, else ~e.
    static func ioLibGeneral(_ value: Double, precision p: Int) -> String {
        let a = abs(value)
        // io_lib's magnitude classes; nil stands for "10000 or more".
        let e: Int?
        switch a {
        case ..<0.1: e = -2
        case ..<1.0: e = -1
        case ..<10.0: e = 0
        case ..<100.0: e = 1
        case ..<1000.0: e = 2
        case ..<10000.0: e = 3
        default: e = nil
        }
        if let e, (p <= 1 && e == -1) || (p - 1 > e && e >= -1) {
            return ioLibFixed(value, precision: p - 1 - e)
        }
        return ioLibScientific(value, precision: p <= 1 ? 2 : p)
    }
}

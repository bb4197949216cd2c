/// Floats printed as Erlang prints them (io_lib:write/1, `~w`, `~p`):
/// the shortest digits that read back to the same value, in fixed notation
/// (`0.1`, `1234.5`) or scientific notation (`1.0e15`, `1.5e-7`), whichever is
/// shorter (fixed on a tie); always scientific from 2^53 up.
public enum ErlangFloatText {
    public static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let sign = value < 0 ? "-" : ""
        let (digits, exponent) = decimalDigits(abs(value))
        let scientific = scientificText(digits, exponent)
        if abs(value) >= 9007199254740992.0 { return sign + scientific }
        let fixed = fixedText(digits, exponent)
        return sign + (fixed.count <= scientific.count ? fixed : scientific)
    }

    /// The shortest round-trip significant digits (no leading or trailing zeros)
    /// and the exponent of the first one: value = d.ddd × 10^exponent.
    /// Swift's `description` already produces shortest round-trip digits.
    static func decimalDigits(_ value: Double) -> (digits: [Character], exponent: Int) {
        let text = value.description                     // "1.5", "1e-05", "1.25e+16", "100.0"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? "0"
        let powerOfTen = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var digits = Array(mantissa.filter { $0 != "." })
        var integerDigits = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        while digits.first == "0" { digits.removeFirst(); integerDigits -= 1 }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return (["0"], 0) }
        return (digits, integerDigits + powerOfTen - 1)
    }

    /// d.ddde±x, with at least one digit after the point ("1.0e15").
    static func scientificText(_ digits: [Character], _ exponent: Int) -> String {
        let fraction = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return "\(digits[0]).\(fraction)e\(exponent)"
    }

    /// ddd.ddd, with at least one digit on each side of the point.
    static func fixedText(_ digits: [Character], _ exponent: Int) -> String {
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return String(digits) + String(repeating: "0", count: integerCount - digits.count) + ".0"
        }
        return String(digits.prefix(integerCount)) + "." + String(digits.dropFirst(integerCount))
    }
}

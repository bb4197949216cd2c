import BigInt
import ErlangRuntime

/// What each control character produces from its arguments.
extension IOFormat {
    private static func ascii(_ c: UInt32) -> Character {
        Unicode.Scalar(c).map(Character.init) ?? "\u{0}"
    }

    /// Renders one directive; `column` gives the 0-based output column it starts at.
    static func render(_ d: FormatDirective, column: () -> Int) throws(ErlangError) -> String {
        switch ascii(d.control) {
        case "w":
            return termField(TermWriter.write(d.args[0], depth: -1, encoding: d.encoding), d, precision: d.precision)
        case "W":
            guard case .int(let depth) = d.args[1] else { throw .badarg }
            return termField(TermWriter.write(d.args[0], depth: depth, encoding: d.encoding), d, precision: d.precision)
        case "p":
            return try pretty(d.args[0], depth: -1, d, column: column)
        case "P":
            guard case .int(let depth) = d.args[1] else { throw .badarg }
            return try pretty(d.args[0], depth: depth, d, column: column)
        case "s":
            let text = d.encoding == .unicode ? IOText.unicodeText(d.args[0]) : IOText.latin1Text(d.args[0])
            guard let chars = text else { throw .badarg }
            return try stringField(chars, d)
        case "c":
            guard case .int(let c) = d.args[0] else { throw .badarg }
            let code = d.encoding == .unicode ? c : c & 255
            guard code >= 0, code <= 0x10FFFF, Unicode.Scalar(UInt32(code)) != nil else { throw .badarg }
            return try charField(UInt32(code), d)
        case "e", "f", "g":
            return try float(d)
        case "b", "B", "x", "X", "#", "+":
            return try integer(d)
        case "i":
            return ""
        case "n":
            guard d.adjust == .right else { throw .badarg }
            return repeated(10, d.width ?? 1)
        case "~":
            return try charField(126, d)
        default:
            throw .badarg
        }
    }

    /// `~p`/`~P`: the field width is the line length, the precision the start column.
    private static func pretty(_ t: Term, depth: Int, _ d: FormatDirective, column: () -> Int) throws(ErlangError) -> String {
        guard d.adjust == .right else { throw .badarg }
        return TermPrinter.print(t, column: d.precision ?? column() + 1, lineLength: d.width ?? 80,
                                 depth: depth, encoding: d.encoding, strings: d.strings)
    }

    /// `~e ~f ~g`: a float (integers are badarg) with `precision` digits, default 6.
    private static func float(_ d: FormatDirective) throws(ErlangError) -> String {
        guard case .float(let value) = d.args[0] else { throw .badarg }
        let p = d.precision ?? 6
        let text: String
        switch ascii(d.control) {
        case "e":
            guard p >= 2 else { throw .badarg }
            text = FloatFormat.ioLibScientific(value, precision: p)
        case "f":
            guard p >= 1 else { throw .badarg }
            text = FloatFormat.ioLibFixed(value, precision: p)
        default:
            guard p >= 1 else { throw .badarg }
            text = FloatFormat.ioLibGeneral(value, precision: p)
        }
        return termField(text, d)
    }

    /// `~b ~B ~x ~X ~# ~+`: an integer in base `precision` (2...36, default 10). `~x`/`~X`
    /// take a prefix argument; `~#`/`~+` write the base as Erlang does (`16#FF`).
    private static func integer(_ d: FormatDirective) throws(ErlangError) -> String {
        let base = d.precision ?? 10
        guard (2...36).contains(base) else { throw .badarg }
        let value: BigInt
        switch d.args[0] {
        case .int(let i): value = BigInt(i)
        case .big(let b): value = b.value
        default: throw .badarg
        }
        let control = ascii(d.control)
        let lowercase = control == "b" || control == "x" || control == "+"
        var prefix = ""
        switch control {
        case "x", "X":
            guard let chars = prefixCharacters(d.args[1]) else { throw .badarg }
            prefix = IOText.string(chars)
        case "#", "+":
            prefix = "\(base)#"
        default:
            break
        }
        let digits = String(value.magnitude, radix: base, uppercase: !lowercase)
        return termField((value.sign == .minus ? "-" : "") + prefix + digits, d)
    }

    /// The prefix of `~x`: an atom or a deep list of characters (no binaries).
    private static func prefixCharacters(_ t: Term) -> [UInt32]? {
        if case .atom(let a) = t { return a.name.unicodeScalars.map(\.value) }
        var out: [UInt32] = []
        let ok = forEachDeepLeaf(t) { leaf in
            guard case .int(let c) = leaf, c >= 0, c <= 0x10FFFF, Unicode.Scalar(UInt32(c)) != nil else { return false }
            out.append(UInt32(c))
            return true
        }
        guard ok else { return nil }
        return out
    }
}

import ErlangRuntime

/// One control sequence of an io_lib:format string, `~F.P.PadModC`, with the arguments
/// it consumes.
struct FormatDirective {
    enum Adjust { case right, left }

    /// Field width; nil when not given.
    var width: Int?
    var adjust: Adjust = .right
    /// Precision; nil when not given.
    var precision: Int?
    var padChar: UInt32 = 32
    /// `t` modifier.
    var encoding: TextEncoding = .latin1
    /// False with the `l` modifier (`~lp`: no strings).
    var strings = true
    /// The control character (`p`, `w`, `s`, ...).
    var control: UInt32 = 0
    var args: [Term] = []
}

/// A parsed format string: literal characters and directives, in order.
enum FormatPiece {
    case literal([UInt32])
    case directive(FormatDirective)
}

/// Splits a format string into pieces, handing each directive its arguments; badarg for
/// an unknown control, a bad `*` argument, or too few or too many arguments.
struct FormatParser {
    private let format: [UInt32]
    private var args: [Term]
    private var i = 0
    private var argIndex = 0

    static func parse(_ format: [UInt32], _ args: [Term]) throws(ErlangError) -> [FormatPiece] {
        var parser = FormatParser(format: format, args: args)
        let pieces = try parser.pieces()
        if parser.argIndex != args.count { throw .badarg }
        return pieces
    }

    private init(format: [UInt32], args: [Term]) {
        self.format = format
        self.args = args
    }

    private static func ascii(_ c: Character) -> UInt32 { c.unicodeScalars.first?.value ?? 0 }
    private static let tilde = ascii("~")

    private mutating func pieces() throws(ErlangError) -> [FormatPiece] {
        var out: [FormatPiece] = []
        var literal: [UInt32] = []
        while i < format.count {
            let c = format[i]
            i += 1
            if c != Self.tilde { literal.append(c); continue }
            if !literal.isEmpty { out.append(.literal(literal)); literal = [] }
            out.append(.directive(try directive()))
        }
        if !literal.isEmpty { out.append(.literal(literal)) }
        return out
    }

    private var peek: UInt32? { i < format.count ? format[i] : nil }

    private mutating func nextArg() throws(ErlangError) -> Term {
        guard argIndex < args.count else { throw .badarg }
        defer { argIndex += 1 }
        return args[argIndex]
    }

    /// After the `~`: width, precision, pad character, modifiers, control character.
    private mutating func directive() throws(ErlangError) -> FormatDirective {
        var d = FormatDirective()
        var negate = false
        if peek == Self.ascii("-") { negate = true; i += 1 }
        if let w = try number() {
            d.width = abs(w)
            d.adjust = (w < 0) != negate ? .left : .right
        } else if negate {
            throw .badarg
        }
        if peek == Self.ascii(".") {
            i += 1
            d.precision = try number()
            if peek == Self.ascii(".") {
                i += 1
                d.padChar = try padChar()
            }
        }
        while let m = peek {
            if m == Self.ascii("t") { d.encoding = .unicode } else if m == Self.ascii("l") { d.strings = false } else { break }
            i += 1
        }
        guard let control = peek else { throw .badarg }
        i += 1
        d.control = control
        for _ in 0..<(try Self.argumentCount(control)) { d.args.append(try nextArg()) }
        return d
    }

    /// Widths and precisions beyond this are badarg (OTP would try to build the text and
    /// run out of memory).
    static let maxFieldValue = 100_000_000

    /// Digits or `*` (an integer argument); nil when neither is there.
    private mutating func number() throws(ErlangError) -> Int? {
        if peek == Self.ascii("*") {
            i += 1
            guard case .int(let n) = try nextArg(), n.magnitude <= UInt(Self.maxFieldValue) else { throw .badarg }
            return n
        }
        var n: Int?
        while let c = peek, c >= 48, c <= 57 {
            n = (n ?? 0) * 10 + Int(c - 48)
            guard let value = n, value <= Self.maxFieldValue else { throw .badarg }
            i += 1
        }
        return n
    }

    private mutating func padChar() throws(ErlangError) -> UInt32 {
        guard let c = peek else { throw .badarg }
        i += 1
        if c != Self.ascii("*") { return c }
        guard case .int(let p) = try nextArg(), p >= 0, p <= 0x10FFFF, Unicode.Scalar(UInt32(p)) != nil else {
            throw .badarg
        }
        return UInt32(p)
    }

    /// How many arguments each control character takes.
    private static func argumentCount(_ c: UInt32) throws(ErlangError) -> Int {
        guard let s = Unicode.Scalar(c) else { throw .badarg }
        switch Character(s) {
        case "n", "~": return 0
        case "c", "s", "w", "p", "e", "f", "g", "b", "B", "#", "+", "i": return 1
        case "W", "P", "x", "X": return 2
        default: throw .badarg
        }
    }
}

import ErlangRuntime

/// The `{re_pattern, Groups, Unicode, 0, Binary}` term re:compile returns. OTP's binary
/// holds PCRE's compiled code; swerl's holds the pattern source and its options
/// ("SWRE", flag byte, newline byte, the pattern's UTF-8), so it prints differently
/// from OTP's and is recompiled when used.
struct ReCompiledTerm {
    let source: [UInt32]
    let flags: RegexFlags
    let anchored: Bool
    let newline: RegexNewline

    private static let magic: [UInt8] = Array("SWRE".utf8)
    private static let newlines: [RegexNewline] = [.lf, .cr, .crlf, .anycrlf, .any]

    /// From a source pattern: chardata in unicode mode, else iodata.
    init(pattern: Term, options: ReOptions) throws(ErlangError) {
        if options.flags.unicode {
            if case .binary(let b) = pattern {
                guard b.isBinary, let text = String(validating: b.bytes, as: UTF8.self) else { throw .badarg }
                source = text.unicodeScalars.map { $0.value }
            } else {
                source = try CharData(pattern).scalars.map { $0.value }
            }
        } else {
            source = try IOList.bytes(pattern).map { UInt32($0) }
        }
        flags = options.flags
        anchored = options.run.anchored
        newline = options.run.newline
    }

    /// From a term re:compile made; nil for anything else.
    init?(_ t: Term) {
        guard case .tuple(let tuple) = t, tuple.count == 5, reAtomName(tuple.elements[0]) == "re_pattern",
              case .binary(let b) = tuple.elements[4], b.isBinary else { return nil }
        let bytes = b.bytes
        guard bytes.count >= 6, Array(bytes[0..<4]) == Self.magic, Int(bytes[5]) < Self.newlines.count,
              let text = String(validating: bytes[6...], as: UTF8.self) else { return nil }
        let bits = bytes[4]
        var f = RegexFlags()
        f.caseless = bits & 1 != 0
        f.multiline = bits & 2 != 0
        f.dotall = bits & 4 != 0
        f.extended = bits & 8 != 0
        f.ungreedy = bits & 16 != 0
        f.dollarEndOnly = bits & 32 != 0
        f.unicode = bits & 64 != 0
        flags = f
        anchored = bits & 128 != 0
        newline = Self.newlines[Int(bytes[5])]
        source = text.unicodeScalars.map { $0.value }
    }

    func compile() -> Result<CompiledRegex, RegexSyntaxError> {
        do {
            let parsed = try RegexParser.parse(source, flags: flags)
            return .success(RegexCompiler.compile(parsed, flags: flags))
        } catch {
            return .failure(error)
        }
    }

    var term: Term {
        var bits: UInt8 = 0
        for (on, bit) in [(flags.caseless, 1), (flags.multiline, 2), (flags.dotall, 4), (flags.extended, 8),
                          (flags.ungreedy, 16), (flags.dollarEndOnly, 32), (flags.unicode, 64),
                          (anchored, 128)] as [(Bool, UInt8)] where on {
            bits |= bit
        }
        var bytes = Self.magic + [bits, UInt8(Self.newlines.firstIndex(of: newline) ?? 0)]
        for c in source { if let s = Unicode.Scalar(c) { bytes += Array(String(Character(s)).utf8) } }
        let groups = (try? RegexParser.parse(source, flags: flags).groupCount) ?? 0
        return .tuple(.atom(Atom("re_pattern")), .int(groups), .int(flags.unicode ? 1 : 0), .int(0), .binary(Bits(bytes)))
    }
}

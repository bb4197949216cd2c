import ErlangRuntime

/// io_lib:format/2: the format string's control sequences (`~p ~w ~s ~c ~e ~f ~g ~b ~x
/// ~# ~+ ~i ~n ~~` with field width, precision, pad character and the `t`/`l` modifiers)
/// applied to the arguments, exactly as OTP 25 renders them.
public enum IOFormat {
    /// - Parameters:
    ///   - format: a string (flat list of characters), a binary (its bytes read as
    ///     latin1) or an atom.
    ///   - args: a proper list with exactly the arguments the format consumes.
    /// - Throws: `error:badarg` wherever io_lib:format raises it.
    public static func format(_ format: Term, _ args: Term) throws(ErlangError) -> String {
        guard let chars = formatCharacters(format), let list = args.listElements else { throw .badarg }
        return try render(FormatParser.parse(chars, list))
    }

    /// The characters of a format argument.
    static func formatCharacters(_ format: Term) -> [UInt32]? {
        switch format {
        case .atom(let a): return a.name.unicodeScalars.map(\.value)
        case .binary(let b): return b.isBinary ? b.bytes.map { UInt32($0) } : nil
        default: return CharData.flatString(format)
        }
    }

    /// Renders pieces left to right, tracking the output column so that `~p` can indent
    /// continuation lines under where the term starts.
    static func render(_ pieces: [FormatPiece]) throws(ErlangError) -> String {
        var out = FormattedText()
        for piece in pieces {
            switch piece {
            case .literal(let chars):
                out.append(chars)
            case .directive(let d):
                out.append(try render(d, column: out.column))
            }
        }
        return out.text
    }
}

/// Output text plus the column io_lib_format uses for `~p`: characters since the last
/// newline, with a tab advancing to the next multiple of 8.
struct FormattedText {
    private(set) var text = ""
    private(set) var column = 0

    mutating func append(_ chars: [UInt32]) {
        for c in chars {
            if let s = Unicode.Scalar(c) { text.unicodeScalars.append(s) }
            advance(c)
        }
    }

    mutating func append(_ s: String) {
        text += s
        for u in s.unicodeScalars { advance(u.value) }
    }

    private mutating func advance(_ c: UInt32) {
        switch c {
        case 10: column = 0
        case 9: column = (column + 8) / 8 * 8
        default: column += 1
        }
    }
}

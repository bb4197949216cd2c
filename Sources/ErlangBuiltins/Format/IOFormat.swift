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

    /// Renders pieces left to right. `~p` needs the column it starts at, to indent
    /// continuation lines under the term.
    static func render(_ pieces: [FormatPiece]) throws(ErlangError) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let chars):
                for c in chars { if let s = Unicode.Scalar(c) { out.unicodeScalars.append(s) } }
            case .directive(let d):
                out += try render(d, column: { outputColumn(out) })
            }
        }
        return out
    }

    /// io_lib_format's idea of the current column: characters since the last newline,
    /// with a tab advancing to the next multiple of 8.
    static func outputColumn(_ text: String) -> Int {
        let scalars = text.unicodeScalars
        let lineStart = scalars.lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
        var column = 0
        for u in scalars[lineStart...] { column = u == "\t" ? (column + 8) / 8 * 8 : column + 1 }
        return column
    }
}

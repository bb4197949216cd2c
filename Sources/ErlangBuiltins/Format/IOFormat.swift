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
        try chunks(format, args).map(\.text).joined()
    }

    /// A run of io_lib:format's result. OTP returns a deep list in which the output of
    /// `~p ~P ~w ~W` and of `~s` on a list or binary each form one sublist, while the
    /// literal text and the other controls' output are spliced in flat.
    struct Chunk {
        var text: String
        var nested: Bool
    }

    static func chunks(_ format: Term, _ args: Term) throws(ErlangError) -> [Chunk] {
        guard let chars = formatCharacters(format), let list = args.listElements else { throw .badarg }
        return try render(FormatParser.parse(chars, list))
    }

    /// io_lib:format/2's result as an Erlang term, nested as OTP nests it.
    static func resultList(_ chunks: [Chunk]) -> Term {
        var items: [Term] = []
        for chunk in chunks {
            if chunk.nested {
                items.append(IOText.list(chunk.text))
            } else {
                items.append(contentsOf: chunk.text.unicodeScalars.map { Term.int(Int($0.value)) })
            }
        }
        return .list(items)
    }

    /// The characters of a format argument.
    static func formatCharacters(_ format: Term) -> [UInt32]? {
        switch format {
        case .atom(let a): return a.name.unicodeScalars.map(\.value)
        case .binary(let b): return b.isBinary ? b.bytes.map { UInt32($0) } : nil
        default: return IOText.flatString(format)
        }
    }

    /// Renders pieces left to right. `~p` needs the column it starts at, to indent
    /// continuation lines under the term.
    static func render(_ pieces: [FormatPiece]) throws(ErlangError) -> [Chunk] {
        var out = ""
        var chunks: [Chunk] = []
        for piece in pieces {
            switch piece {
            case .literal(let chars):
                var text = ""
                for c in chars { if let s = Unicode.Scalar(c) { text.unicodeScalars.append(s) } }
                out += text
                chunks.append(Chunk(text: text, nested: false))
            case .directive(let d):
                let text = try render(d, column: { outputColumn(out) })
                out += text
                chunks.append(Chunk(text: text, nested: isNested(d)))
            }
        }
        return chunks
    }

    /// The controls io_lib_format leaves as sublists of its result.
    private static func isNested(_ d: FormatDirective) -> Bool {
        switch Unicode.Scalar(d.control).map(Character.init) {
        case "p", "P", "w", "W": return true
        case "s": if case .atom = d.args[0] { return false } else { return true }
        default: return false
        }
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

// Printing strings, atoms and characters the way OTP's io_lib:write_string/2,
// write_atom/1 and write_char/1 do. erlc uses these forms inside its messages
// (`unterminated string starting with "abc\n"`, `syntax error before: 'end'`).

enum QuotedText {
    /// `"text"` (or `'text'`) with Erlang escapes: \n \t \b \f \v \r \e \d,
    /// other control characters and 128...159 as 3-digit octal, everything else
    /// as itself. (erlc shows code points above 255 as \x{HEX} only because its
    /// output device is Latin-1; the message text itself holds the character.)
    static func string(_ codePoints: [Int], quote: Character = "\"") -> String {
        var out = String(quote)
        for c in codePoints {
            if c == 92 { out += "\\\\" }
            else if let q = quote.unicodeScalars.first, c == Int(q.value) { out += "\\" + String(quote) }
            else { out += escaped(c) }
        }
        out.append(quote)
        return out
    }

    /// An atom as Erlang source would spell it: bare if it is a lowercase name
    /// that is not a reserved word, else single-quoted.
    static func atom(_ name: String) -> String {
        needsQuotes(name) ? string(name.unicodeScalars.map { Int($0.value) }, quote: "'") : name
    }

    /// `$c` as io_lib:write_char/1 prints it (`$\s` for space, `$\n`, `$a`).
    static func char(_ c: Int) -> String {
        if c == 32 { return "$\\s" }
        if c == 92 { return "$\\\\" }
        return "$" + escaped(c)
    }

    private static func needsQuotes(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, CharacterClass.startsAtom(first.value) else { return true }
        if !scalars.allSatisfy({ CharacterClass.continuesName($0.value) }) { return true }
        return ReservedWords.all.contains(name)
    }

    /// One character inside a quoted string, without quote handling.
    private static func escaped(_ c: Int) -> String {
        switch c {
        case 8: return "\\b"
        case 9: return "\\t"
        case 10: return "\\n"
        case 11: return "\\v"
        case 12: return "\\f"
        case 13: return "\\r"
        case 27: return "\\e"
        case 127: return "\\d"
        case 0..<32, 128..<160: return "\\" + octal3(c)
        default: return scalarString(c)
        }
    }

    private static func octal3(_ c: Int) -> String {
        let s = String(c, radix: 8)
        return String(repeating: "0", count: max(0, 3 - s.count)) + s
    }

    private static func scalarString(_ c: Int) -> String {
        guard let u = Unicode.Scalar(UInt32(c)) else { return "\u{FFFD}" }
        return String(Character(u))
    }
}

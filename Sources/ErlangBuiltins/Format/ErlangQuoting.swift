import ErlangRuntime

/// How Erlang source syntax spells atoms and strings: when an atom needs quotes, and how a
/// character is escaped inside quotes (io_lib:write_atom/1, io_lib:write_string/1).
enum ErlangQuoting {
    /// Words that are always quoted as atoms. OTP 25 does not reserve `maybe`/`else`.
    static let reservedWords: Set<String> = [
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
        "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
        "orelse", "receive", "rem", "try", "when", "xor",
    ]

    /// `a`, `'Hello'`, `'a b'`, `'[]'`, `'\x{153}'` (latin1) or `'œ'` (unicode).
    static func atom(_ name: String, _ encoding: TextEncoding) -> String {
        if !needsQuotes(name) { return name }
        var out = "'"
        for scalar in name.unicodeScalars { appendEscaped(scalar.value, quote: "'", encoding, to: &out) }
        out += "'"
        return out
    }

    static func atom(_ atom: Atom, _ encoding: TextEncoding) -> String {
        self.atom(atom.name, encoding)
    }

    /// Whether an atom must be written in single quotes: it must start with a lowercase
    /// (latin1) letter, continue with letters, digits, `_` or `@`, and not be a keyword.
    static func needsQuotes(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isLowercaseLetter(first.value) else { return true }
        while let c = scalars.next() {
            if !isNameCharacter(c.value) { return true }
        }
        return reservedWords.contains(name)
    }

    static func isLowercaseLetter(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7)
    }

    static func isNameCharacter(_ c: UInt32) -> Bool {
        if isLowercaseLetter(c) { return true }
        if c >= 0x41 && c <= 0x5A { return true }           // A-Z
        if c >= 0x30 && c <= 0x39 { return true }           // 0-9
        if c == 0x5F || c == 0x40 { return true }           // _ @
        return c >= 0xC0 && c <= 0xDE && c != 0xD7          // latin1 capitals
    }

    /// `"abc\n"` with `"` and `\` escaped, from a list of character codes.
    static func string(_ chars: [UInt32], _ encoding: TextEncoding) -> String {
        var out = "\""
        for c in chars { appendEscaped(c, quote: "\"", encoding, to: &out) }
        out += "\""
        return out
    }

    /// Appends character `c` as it appears between `quote` characters in Erlang source.
    static func appendEscaped(_ c: UInt32, quote: Character, _ encoding: TextEncoding, to out: inout String) {
        switch c {
        case 0x5C: out += "\\\\"
        case 8: out += "\\b"
        case 9: out += "\\t"
        case 10: out += "\\n"
        case 11: out += "\\v"
        case 12: out += "\\f"
        case 13: out += "\\r"
        case 27: out += "\\e"
        case 127: out += "\\d"
        case 0..<32, 128..<160:
            out += "\\" + octal3(c)
        default:
            if let s = Unicode.Scalar(c) {
                if Character(s) == quote { out += "\\" }
                if c > 255 && encoding == .latin1 {
                    out += "\\x{" + String(c, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(s)
                }
            } else {
                // A surrogate code point: not a Swift scalar, so always spelled in hex.
                out += "\\x{" + String(c, radix: 16, uppercase: true) + "}"
            }
        }
    }

    private static func octal3(_ c: UInt32) -> String {
        let s = String(c, radix: 8)
        return String(repeating: "0", count: max(0, 3 - s.count)) + s
    }
}

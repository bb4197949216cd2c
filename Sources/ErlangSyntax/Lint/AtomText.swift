// Atoms as erlc writes them in messages (io_lib's ~w): bare when they read back as the same
// atom, otherwise in single quotes with escapes.

/// Words that must be quoted to be atoms (OTP 25: `maybe` and `else` are still plain atoms).
private let reservedWords: Set<String> = [
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
    "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try",
    "when", "xor",
]

/// `foo` stays `foo`; `'Foo'`, `'foo bar'`, `'case'`, `'=='` come back quoted.
func atomText(_ name: String) -> String {
    needsQuotes(name) ? quotedAtom(name) : name
}

/// The atom in single quotes whatever it is, as erlc writes variable names: `'X'`.
func quotedAtom(_ name: String) -> String {
    var out = "'"
    for scalar in name.unicodeScalars {
        switch scalar {
        case "'": out += "\\'"
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\u{8}": out += "\\b"
        case "\u{C}": out += "\\f"
        case "\u{B}": out += "\\v"
        case "\u{1B}": out += "\\e"
        case "\u{7F}": out += "\\d"
        default:
            if scalar.value < 0x20 {
                out += "\\^" + String(UnicodeScalar(scalar.value + 64).map(Character.init) ?? "?")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "'"
}

private func needsQuotes(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, isLowercaseLetter(first) else { return true }
    if reservedWords.contains(name) { return true }
    return !name.unicodeScalars.allSatisfy { isLowercaseLetter($0) || isNameLetter($0) }
}

/// Lowercase in Erlang's latin-1 sense: a-z and ß-ÿ except ÷.
private func isLowercaseLetter(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || (c.value >= 0xDF && c.value <= 0xFF && c.value != 0xF7)
}

private func isNameLetter(_ c: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "@"
        || (c.value >= 0xC0 && c.value <= 0xDE && c.value != 0xD7)
}

// Strings, quoted atoms and character literals, with Erlang's escape sequences:
// \b \d \e \f \n \r \s \t \v, \NNN (1-3 octal digits), \xHH, \x{H...}, \^C
// (control character C band 31), and \C for any other C (\" \' \\ ...).

extension Scanner {
    /// string -> '"' (char | escape)* '"'
    mutating func scanString(at start: SourceLocation) {
        guard let text = scanQuoted(quote: 34, at: start) else { return }
        emit(.string(text), at: start)
    }

    /// quoted_atom -> "'" (char | escape)* "'" ; at most 255 characters.
    mutating func scanQuotedAtom(at start: SourceLocation) {
        guard let text = scanQuoted(quote: 39, at: start) else { return }
        guard text.count <= 255 else { return fail(.illegalAtom, at: start) }
        emit(.atom(Self.string(text.map { UInt32($0) })), at: start)
    }

    /// char -> '$' (any_char | escape)
    mutating func scanCharacter(at start: SourceLocation) {
        advance()
        guard let c = peek() else { return fail(.unterminatedCharacter, at: start) }
        guard c == 92 else {
            advance()
            return emit(.char(Int(c)), at: start)
        }
        switch scanEscape() {
        case .value(let v): emit(.char(v), at: start)
        case .unterminated: fail(.unterminatedCharacter, at: start)
        case .illegal: fail(.illegalCharacter, at: start)
        }
    }

    /// The code points between the quotes (escapes resolved), or nil after
    /// reporting an error. The opening quote is at the cursor.
    private mutating func scanQuoted(quote: UInt32, at start: SourceLocation) -> [Int]? {
        advance()
        var text: [Int] = []
        let quoteCharacter: Character = quote == 39 ? "'" : "\""
        while true {
            guard let c = peek() else {
                fail(.unterminated(quote: quoteCharacter, head: Array(text.prefix(16))), at: start)
                return nil
            }
            if c == quote { advance(); return text }
            if c != 92 { text.append(Int(c)); advance(); continue }
            let escapeStart = location
            switch scanEscape() {
            case .value(let v): text.append(v)
            case .unterminated:
                fail(.unterminated(quote: quoteCharacter, head: Array(text.prefix(16))), at: start)
                return nil
            case .illegal:
                fail(.illegalCharacter, at: escapeStart)
                return nil
            }
        }
    }

    enum EscapeResult { case value(Int), unterminated, illegal }

    /// Reads one escape sequence; the backslash is at the cursor.
    mutating func scanEscape() -> EscapeResult {
        advance()
        guard let c = peek() else { return .unterminated }
        if CharacterClass.isOctalDigit(c) { return .value(scanOctalEscape()) }
        advance()
        switch c {
        case 120: return scanHexEscape()                       // x
        case 94:                                               // ^
            guard let control = peek() else { return .unterminated }
            advance()
            return .value(Int(control & 31))
        case 98: return .value(8)       // b
        case 100: return .value(127)    // d
        case 101: return .value(27)     // e
        case 102: return .value(12)     // f
        case 110: return .value(10)     // n
        case 114: return .value(13)     // r
        case 115: return .value(32)     // s
        case 116: return .value(9)      // t
        case 118: return .value(11)     // v
        default: return .value(Int(c))
        }
    }

    private mutating func scanOctalEscape() -> Int {
        var value = 0
        for _ in 0..<3 {
            guard let c = peek(), CharacterClass.isOctalDigit(c) else { break }
            value = value * 8 + Int(c - 48)
            advance()
        }
        return value
    }

    /// \xHH (exactly two hex digits) or \x{H...} (one or more, a valid code point).
    private mutating func scanHexEscape() -> EscapeResult {
        guard let first = peek() else { return .unterminated }
        guard first == 123 else {                              // {
            guard let high = hexDigit(first), let next = peek(1), let low = hexDigit(next) else {
                return .illegal
            }
            advance(); advance()
            return .value(high * 16 + low)
        }
        advance()
        var value = 0
        var count = 0
        while true {
            guard let c = peek() else { return .unterminated }
            if c == 125 { advance(); break }                   // }
            guard let d = hexDigit(c) else { return .illegal }
            value = min(value * 16 + d, 0x110000)              // saturate: anything above is illegal
            count += 1
            advance()
        }
        guard count > 0, CharacterClass.isValidCodePoint(value) else { return .illegal }
        return .value(value)
    }

    private func hexDigit(_ c: UInt32) -> Int? {
        guard let v = CharacterClass.digitValue(c), v < 16 else { return nil }
        return v
    }
}

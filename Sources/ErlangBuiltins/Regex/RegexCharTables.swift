/// Character classification as OTP's re sees it: PCRE with ISO-8859-1 tables, so for
/// code points below 256 the Latin-1 letters count as letters (`\w`, `[:alpha:]`,
/// caseless matching), while code points from 256 up are never `\w`, `\d` or `\s`
/// (OTP's re runs without PCRE's `ucp` option).
enum RegexChars {
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isUpper(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    }

    static func isLower(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7)
            || c == 0xAA || c == 0xB5 || c == 0xBA
    }

    static func isAlpha(_ c: UInt32) -> Bool { isUpper(c) || isLower(c) }
    static func isAlnum(_ c: UInt32) -> Bool { isAlpha(c) || isDigit(c) }
    static func isWord(_ c: UInt32) -> Bool { isAlnum(c) || c == 0x5F }

    /// PCRE's `\s`: space, \t \n \v \f \r.
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    static func isXDigit(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    static func isPunct(_ c: UInt32) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E) || (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA)
            || c == 0xD7 || c == 0xF7
    }

    static func isGraph(_ c: UInt32) -> Bool { isAlnum(c) || isPunct(c) }
    static func isPrint(_ c: UInt32) -> Bool { isGraph(c) || c == 0x20 || c == 0xA0 }
    static func isCntrl(_ c: UInt32) -> Bool { c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) }

    /// The other case of `c`, or `c` itself. Latin-1 pairs below 256; in unicode mode
    /// the Unicode simple case mapping above that.
    static func otherCase(_ c: UInt32, unicode: Bool) -> UInt32 {
        if c < 0x80 || (c < 0x100 && !unicode) {
            if isUpper(c) { return c + 0x20 }
            if isLower(c) && c != 0xDF && c != 0xFF && c != 0xAA && c != 0xB5 && c != 0xBA && c >= 0x61 {
                return c - 0x20
            }
            return c
        }
        guard unicode, let s = Unicode.Scalar(c) else { return c }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let l = lower.first, l.value != c { return l.value }
        let upper = s.properties.uppercaseMapping.unicodeScalars
        if upper.count == 1, let u = upper.first, u.value != c { return u.value }
        return c
    }

    /// The POSIX class named inside `[: :]`, or nil for an unknown name.
    static func posixClass(_ name: String) -> ((UInt32) -> Bool)? {
        switch name {
        case "alpha": return isAlpha
        case "digit": return isDigit
        case "alnum": return isAlnum
        case "upper": return isUpper
        case "lower": return isLower
        case "space": return isSpace
        case "blank": return { $0 == 0x20 || $0 == 0x09 }
        case "punct": return isPunct
        case "xdigit": return isXDigit
        case "word": return isWord
        case "graph": return isGraph
        case "print": return isPrint
        case "cntrl": return isCntrl
        case "ascii": return { $0 < 0x80 }
        default: return nil
        }
    }
}

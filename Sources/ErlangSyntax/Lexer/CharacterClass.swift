// Erlang's lexical character classes. Names are Latin-1 only: erl_scan treats
// Latin-1 letters as name characters and every other code point above 255 as an
// illegal character outside quotes.

enum CharacterClass {
    /// erl_scan's white space: control characters, space, and 128...160 (NBSP).
    @inline(__always)
    static func isWhitespace(_ c: UInt32) -> Bool {
        c <= 32 || (c >= 128 && c <= 160)
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c >= 48 && c <= 57 }

    /// First character of an unquoted atom: a-z and Latin-1 lowercase (ß...ÿ, not ÷).
    @inline(__always)
    static func startsAtom(_ c: UInt32) -> Bool {
        (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c != 247)
    }

    /// First character of a variable: A-Z, `_` and Latin-1 uppercase (À...Þ, not ×).
    @inline(__always)
    static func startsVariable(_ c: UInt32) -> Bool {
        (c >= 65 && c <= 90) || c == 95 || (c >= 192 && c <= 222 && c != 215)
    }

    /// Characters allowed after the first in atoms and variables.
    @inline(__always)
    static func continuesName(_ c: UInt32) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c == 95 || c == 64
            || (c >= 192 && c <= 255 && c != 215 && c != 247)
    }

    /// The value of `c` as a digit in bases up to 36, or nil.
    @inline(__always)
    static func digitValue(_ c: UInt32) -> Int? {
        switch c {
        case 48...57: return Int(c - 48)
        case 97...122: return Int(c - 97 + 10)
        case 65...90: return Int(c - 65 + 10)
        default: return nil
        }
    }

    @inline(__always)
    static func isOctalDigit(_ c: UInt32) -> Bool { c >= 48 && c <= 55 }

    /// A code point that may appear in a string, char or quoted atom.
    @inline(__always)
    static func isValidCodePoint(_ v: Int) -> Bool {
        v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)
    }
}

/// Erlang's reserved words (OTP 25 without the `maybe` feature: `maybe` and
/// `else` are ordinary atoms there).
enum ReservedWords {
    static let all: Set<String> = [
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
        "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
        "orelse", "receive", "rem", "try", "when", "xor",
    ]
}

// The scanner's error kinds, with the text erl_scan:format_error/1 gives them.

enum ScanError {
    /// A string or quoted atom reaches the end of the file. `head` holds the
    /// first 16 characters read, as erl_scan reports them.
    case unterminated(quote: Character, head: [Int])
    /// `$` (or `$\`, `$\x{41`) at the end of the file.
    case unterminatedCharacter
    case illegalCharacter
    case illegalInteger
    case illegalFloat
    case illegalAtom        // longer than 255 characters
    case illegalVariable    // longer than 255 characters
    /// `Base#Digits` with a base outside 2..36; the base as written (digits only).
    case illegalBase(String)

    var message: String {
        switch self {
        case .unterminated(let quote, let head):
            let what = quote == "'" ? "atom" : "string"
            return "unterminated \(what) starting with \(QuotedText.string(head, quote: quote))"
        case .unterminatedCharacter: return "unterminated character"
        case .illegalCharacter: return "illegal character"
        case .illegalInteger: return "illegal integer"
        case .illegalFloat: return "illegal float"
        case .illegalAtom: return "illegal atom"
        case .illegalVariable: return "illegal var"
        case .illegalBase(let base): return "illegal base '\(base)'"
        }
    }
}

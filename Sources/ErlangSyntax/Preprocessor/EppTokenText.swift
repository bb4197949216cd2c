/// Turning tokens back into source text, the way epp does for `??Arg` and for
/// its error messages. Tokens keep no original spelling, so the text is rebuilt
/// from their values: `16#ff` comes back as `255`, `'abc'` as `abc`.
enum EppTokenText {
    /// One token as epp's stringification writes it: literals in their printed
    /// form, symbols and reserved words as themselves.
    static func source(_ token: Token) -> String {
        switch token.kind {
        case .atom(let name): return QuotedText.atom(name)
        case .variable(let name): return name
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return digits
        case .float(let value): return ErlangFloatText.shortest(value)
        case .char(let c): return QuotedText.char(c)
        case .string(let codePoints): return QuotedText.string(codePoints)
        case .keyword(let word): return word
        case .punct(let symbol): return symbol
        case .dot: return "."
        case .eof: return ""
        }
    }

    /// `??Arg`: the argument's tokens, each followed by one space, the last without.
    static func stringify(_ tokens: [Token]) -> String {
        tokens.map(source).joined(separator: " ")
    }

    /// A token as epp names it in `illegal macro call '?...'`: the token's category
    /// as an atom for symbols (`'('`, `dot`), the value for literals.
    static func inMacroCall(_ token: Token) -> String {
        switch token.kind {
        case .dot: return "dot"
        case .eof: return "eof"
        default: return TokenText.describe(token.kind)
        }
    }
}

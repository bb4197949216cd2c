// How erl_parse names a token in `syntax error before: ...`: atoms, keywords and
// punctuation as quoted-if-needed atoms ('end', '->', foo), variables bare,
// numbers, chars and strings in Erlang source syntax, the form's dot as '.'.

enum TokenText {
    static func describe(_ kind: Token.Kind) -> String {
        switch kind {
        case .atom(let name): return QuotedText.atom(name)
        case .variable(let name): return name
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return digits
        case .float(let value): return ErlangFloatText.shortest(value)
        case .char(let c): return QuotedText.char(c)
        case .string(let text): return QuotedText.string(text)
        case .keyword(let word): return QuotedText.atom(word)
        case .punct(let text): return QuotedText.atom(text)
        case .dot: return "'.'"
        case .eof: return ""
        }
    }
}

/// A lexical token of Erlang source, as produced by `Lexer` and consumed by
/// `Preprocessor` and `Parser`.
public struct Token: Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// An atom, unquoted (`foo`) or quoted (`'Foo bar'`); the text is the atom's name.
        case atom(String)
        /// A variable or `_`-prefixed variable name (including `_` itself).
        case variable(String)
        /// An integer literal; `BigDigits` keeps literals too large for Int exact.
        case integer(Int)
        case bigInteger(String)      // decimal digits, never a sign (the sign is an operator token)
        case float(Double)
        /// `$a` style character literal, as its code point.
        case char(Int)
        /// A string literal's code points, escapes resolved. Adjacent strings are
        /// concatenated by the parser (not the lexer), because macros may sit between them.
        case string([Int])
        /// A reserved word: after and andalso band begin bnot bor bsl bsr bxor case catch
        /// cond div end fun if let not of or orelse receive rem try when xor. (`maybe` and
        /// `else` are atoms, as in OTP 25 without the maybe_expr feature.)
        case keyword(String)
        /// Punctuation and operators: ( ) { } [ ] . , ; : :: | || -> => := << >> <- <= = == /=
        /// =:= =/= < > >= =< + - * / ++ -- ! ? ?? # ...
        case punct(String)
        /// End of a form: the `.` followed by whitespace/comment/EOF.
        case dot
        case eof
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var description: String { "\(kind)@\(location.line):\(location.column)" }
}

/// A form that is a preprocessor directive: `-name ... .` where name is one of
/// epp's. The tokens after the name are read by each directive's own rules.
struct Directive {
    enum Kind: String {
        case define, undef, include, includeLib = "include_lib"
        case ifdef, ifndef, `if`, elif, `else`, endif
        case error, warning
    }

    let kind: Kind
    /// The directive's name token (`define` in `-define(...)`), where most of its errors point.
    let nameToken: Token
    /// The tokens after the name, up to and including the form's `.dot` if it has one.
    let rest: ArraySlice<Token>

    init?(_ form: [Token]) {
        guard form.count >= 2, case .punct("-") = form[0].kind else { return nil }
        let name: String
        switch form[1].kind {
        case .atom(let n), .keyword(let n): name = n
        default: return nil
        }
        guard let kind = Kind(rawValue: name) else { return nil }
        self.kind = kind
        self.nameToken = form[1]
        self.rest = form[2...]
    }

    var opensSection: Bool { kind == .if || kind == .ifdef || kind == .ifndef }

    /// The token after the directive's arguments: its `.dot`, or its last token when
    /// the file ends in the middle of the form.
    var endToken: Token { rest.last ?? nameToken }

    var hasDot: Bool { rest.last?.kind == .dot }
}

/// Reading a directive's parenthesized arguments, reporting the first token that
/// does not fit as epp does ("badly formed 'ifdef'" points at it).
struct DirectiveReader {
    private let tokens: ArraySlice<Token>
    private var index: Int
    private let fallback: Token

    init(_ directive: Directive) {
        tokens = directive.rest
        index = directive.rest.startIndex
        fallback = directive.endToken
    }

    var current: Token { index < tokens.endIndex ? tokens[index] : fallback }
    var isAtEnd: Bool { index >= tokens.endIndex }

    mutating func advance() { if index < tokens.endIndex { index += 1 } }

    /// Consumes the punctuation `symbol`, or returns the token found instead.
    mutating func expect(_ symbol: String) -> Token? {
        guard case .punct(symbol) = current.kind else { return current }
        advance()
        return nil
    }

    /// Consumes a macro name (an atom or a variable).
    mutating func macroName() -> (String, Token)? {
        switch current.kind {
        case .atom(let n), .variable(let n):
            let token = current
            advance()
            return (n, token)
        default: return nil
        }
    }

    /// Consumes the final `.dot`, or returns the token found instead.
    mutating func expectDot() -> Token? {
        guard current.kind == .dot else { return current }
        advance()
        return nil
    }

    /// For `-name(Args).`: the tokens between the parentheses and the closing `)`,
    /// or the token where that shape breaks.
    mutating func parenthesizedArguments() -> Result<(args: [Token], close: Token), BadToken> {
        if let bad = expect("(") { return .failure(BadToken(token: bad)) }
        let argsStart = index
        guard let dotIndex = tokens.lastIndex(where: { $0.kind == .dot }) else {
            return .failure(BadToken(token: fallback))
        }
        let closeIndex = dotIndex - 1
        guard closeIndex >= argsStart, case .punct(")") = tokens[closeIndex].kind else {
            return .failure(BadToken(token: tokens[dotIndex]))
        }
        index = tokens.endIndex
        return .success((Array(tokens[argsStart..<closeIndex]), tokens[closeIndex]))
    }
}

struct BadToken: Error { let token: Token }

import ErlangRuntime
import ErlangSyntax

/// io:read/1,2: reads lines until the scanned tokens hold a dot (end of term), then parses
/// the tokens before it as one literal term. Results as OTP 25's:
///   {ok, Term} | eof | {error, {Line, erl_scan, Descriptor}} | {error, {Line, erl_parse, Message}}
/// Lines count from 1 at the start of each read. What follows the dot (after the one
/// white-space character that ends it) is left in `unread` for the next read.
struct TermReader {
    let nextLine: () -> [UInt32]?
    private(set) var unread: [UInt32] = []

    init(nextLine: @escaping () -> [UInt32]?) { self.nextLine = nextLine }

    mutating func read() -> Term {
        var text: [UInt32] = []
        while true {
            let line = nextLine()
            if let line { text += line }
            let (tokens, errors) = Lexer.tokenizeRecovering(IOText.string(text), file: "")
            if let dot = tokens.firstIndex(where: { $0.kind == .dot }) {
                var end = Self.offset(of: tokens[dot].location, in: text) + 1
                if end < text.count, Self.isWhitespace(text[end]) { end += 1 }
                unread = Array(text[end...])
                let before = errors.filter { $0.location.line < tokens[dot].location.line
                    || ($0.location.line == tokens[dot].location.line && $0.location.column < tokens[dot].location.column) }
                if let error = before.first { return Self.scanError(error, text) }
                return Self.parse(Array(tokens[...dot]) + [Token(.eof, tokens[dot].location)])
            }
            guard line == nil else { continue }
            // End of input without a dot.
            if let error = errors.first { return Self.scanError(error, text) }
            if tokens.allSatisfy({ $0.kind == .eof }) { return .atom("eof") }
            return Self.parse(tokens)
        }
    }

    private static func isWhitespace(_ c: UInt32) -> Bool { c <= 32 || (c >= 128 && c <= 160) }

    /// The index in `text` of the character at `location` (columns count characters).
    private static func offset(of location: SourceLocation, in text: [UInt32]) -> Int {
        var line = 1, i = 0
        while line < location.line, i < text.count {
            if text[i] == 10 { line += 1 }
            i += 1
        }
        return min(i + location.column - 1, text.count)
    }

    private static func parse(_ tokens: [Token]) -> Term {
        let exprs: [Expr]
        do throws(CompileFailure) {
            exprs = try Parser.parseExprs(tokens)
        } catch {
            guard let diagnostic = error.diagnostics.first else { return badTerm(1) }
            return parseError(diagnostic)
        }
        guard exprs.count == 1, let term = LiteralTermValue.term(exprs[0]) else {
            return badTerm(exprs.first?.loc.line ?? 1)
        }
        return .tuple(.ok, term)
    }

    private static func badTerm(_ line: Int) -> Term {
        .tuple(.atom("error"), .tuple(.int(line), .atom("erl_parse"), IOText.list("bad term")))
    }

    /// erl_parse's message for a syntax error is ["syntax error before: ", TokenText].
    private static func parseError(_ d: Diagnostic) -> Term {
        let prefix = "syntax error before: "
        let message: Term
        if d.message.hasPrefix(prefix) {
            message = Term.list([IOText.list(prefix), IOText.list(String(d.message.dropFirst(prefix.count)))])
        } else {
            message = IOText.list(d.message)
        }
        return .tuple(.atom("error"), .tuple(.int(d.location.line), .atom("erl_parse"), message))
    }

    /// erl_scan's error descriptors for the scanner's messages.
    private static func scanError(_ d: Diagnostic, _ text: [UInt32]) -> Term {
        let descriptor: Term
        let message = d.message
        if message.hasPrefix("unterminated ") && message.contains(" starting with ") {
            // {string, Quote, Head}: the characters after the opening quote (at most 16).
            let start = offset(of: d.location, in: text)
            let quote = start < text.count ? text[start] : 34
            let head = text[min(start + 1, text.count)...].prefix(16)
            descriptor = .tuple(.atom(quote == 39 ? "atom" : "string"), .int(Int(quote)),
                                Term.list(head.map { Term.int(Int($0)) }))
        } else if message.hasPrefix("illegal ") && !message.contains("'") {
            descriptor = .tuple(.atom("illegal"), .atom(String(message.dropFirst("illegal ".count))))
        } else {
            descriptor = IOText.list(message)
        }
        return .tuple(.atom("error"), .tuple(.int(d.location.line), .atom("erl_scan"), descriptor))
    }
}

/// A recursive-descent parser for Erlang, following OTP's erl_parse grammar,
/// its operator precedences and its error messages (`syntax error before: 'end'`).
///
/// The input is preprocessed tokens: no `-define`/`-ifdef` forms, no `?` macros.
/// Each form is parsed on its own; after a syntax error the parser skips to the
/// form's closing dot and goes on, so every bad form of a module is reported.
///
/// Locations follow erl_parse's annotations: most nodes (matches, calls, clauses,
/// list cells, binary segments) carry the location of their first token, but
/// binary operators carry the operator's token, remote names their `:`, and
/// `E#r{..}`, `E#r.f`, `E#{..}` their `#`.
public struct Parser {
    /// The tokens, always ending with `.eof` (appended if missing).
    let tokens: [Token]
    /// The next token to read. Never moves past the final `.eof`.
    var index = 0
    /// How many nested constructs the parser is inside (see `maxDepth`).
    var depth = 0
    /// Stops deep nesting before the native stack runs out; made on first need
    /// (finding the stack's bounds costs a system call).
    var stackGuard: StackGuard?
    /// Errors in forms that parse, which erlc reports from erl_lint, after the
    /// syntax errors: a variable as a record field name, a malformed -on_load.
    /// The AST cannot represent these forms faithfully.
    var deferredErrors: [Diagnostic] = []

    /// Deepest nesting of parentheses, lists, funs, prefix operators etc. accepted.
    /// The parser (and the tree walkers after it) recurse on the native stack, so
    /// deeper input is refused with a diagnostic instead of overflowing it. A level
    /// takes about 0.3-3 KB of stack in release builds and 1-7 KB in debug builds.
    static let maxDepth = 1000

    /// Longest list literal or chain of one operator (`a ++ b ++ ...`) accepted.
    /// Such chains nest in the AST (a list is cons cells), and Swift frees a deep
    /// indirect-enum tree recursively: about 100,000 levels overflow an 8 MB stack
    /// in a debug build. A flat AST node for lists would lift this limit.
    static let maxChainLength = 50_000

    init(_ tokens: [Token]) {
        if let last = tokens.last, last.kind == .eof {
            self.tokens = tokens
        } else {
            let end = tokens.last?.location ?? SourceLocation(line: 1, column: 1)
            self.tokens = tokens + [Token(.eof, end)]
        }
    }

    // MARK: Entry points

    /// Parses a module's forms. Throws every syntax error of the module together,
    /// followed by the errors erlc reports from its linter for forms that parse
    /// (see `deferredErrors`).
    public static func parseModule(_ tokens: [Token], file: String) throws(CompileFailure) -> ModuleAST {
        var forms: [Form] = []
        var diagnostics: [Diagnostic] = []
        var lintErrors: [Diagnostic] = []
        for result in parseForms(tokens, lintErrors: &lintErrors) {
            switch result {
            case .success(let form): forms.append(form)
            case .failure(let error): diagnostics.append(error.diagnostic)
            }
        }
        if !diagnostics.isEmpty || !lintErrors.isEmpty { throw CompileFailure(diagnostics + lintErrors) }
        return ModuleAST(file: file, forms: forms)
    }

    /// Parses `Expr, Expr, ... .` (the shell's and `-eval`'s input).
    public static func parseExprs(_ tokens: [Token]) throws(CompileFailure) -> [Expr] {
        var parser = Parser(tokens)
        let exprs: [Expr]
        do throws(SyntaxError) {
            exprs = try parser.parseExprList()
            try parser.expectDot()
            guard parser.current.kind == .eof else { throw parser.syntaxError() }
        } catch {
            throw CompileFailure([error.diagnostic])
        }
        if !parser.deferredErrors.isEmpty { throw CompileFailure(parser.deferredErrors) }
        return exprs
    }

    /// Each form's parse result, in source order (one result per form). The errors
    /// erlc reports from its linter for forms that parse (see `deferredErrors`) go
    /// to `lintErrors`; their forms are successes.
    static func parseForms(_ tokens: [Token], lintErrors: inout [Diagnostic]) -> [Result<Form, SyntaxError>] {
        var parser = Parser(tokens)
        var results: [Result<Form, SyntaxError>] = []
        while parser.current.kind != .eof {
            do throws(SyntaxError) {
                results.append(.success(try parser.parseForm()))
            } catch {
                results.append(.failure(error))
                parser.skipPastDot()
            }
        }
        lintErrors += parser.deferredErrors
        return results
    }

    /// Each form's parse result, in source order, followed by one failure for each
    /// error erlc reports from its linter for forms that parse (so that they cannot
    /// be lost; `parseForms(_:lintErrors:)` returns them separately).
    static func parseForms(_ tokens: [Token]) -> [Result<Form, SyntaxError>] {
        var lintErrors: [Diagnostic] = []
        let results = parseForms(tokens, lintErrors: &lintErrors)
        return results + lintErrors.map { .failure(SyntaxError($0.location, $0.message)) }
    }

    // MARK: Cursor

    var current: Token { tokens[index] }

    func peekKind(_ offset: Int = 1) -> Token.Kind {
        tokens[min(index + offset, tokens.count - 1)].kind
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isPunct(_ text: String) -> Bool { current.kind == .punct(text) }
    func isKeyword(_ word: String) -> Bool { current.kind == .keyword(word) }

    /// Consumes the punctuation `text` or fails with a syntax error at the current token.
    mutating func expectPunct(_ text: String) throws(SyntaxError) {
        guard isPunct(text) else { throw syntaxError() }
        advance()
    }

    mutating func expectKeyword(_ word: String) throws(SyntaxError) {
        guard isKeyword(word) else { throw syntaxError() }
        advance()
    }

    mutating func expectDot() throws(SyntaxError) {
        guard current.kind == .dot else { throw syntaxError() }
        advance()
    }

    /// After an error: moves past the next form-ending dot (or to the end).
    mutating func skipPastDot() {
        while current.kind != .eof {
            let wasDot = current.kind == .dot
            advance()
            if wasDot { return }
        }
    }

    // MARK: Errors

    /// `syntax error before: T` at the current token. At the end of input erl_parse
    /// names no token and reports the location of the last real token.
    func syntaxError() -> SyntaxError {
        if current.kind == .eof {
            let location = index > 0 ? tokens[index - 1].location : current.location
            return SyntaxError(location, "syntax error before: ")
        }
        return SyntaxError(current.location, "syntax error before: " + TokenText.describe(current.kind))
    }

    /// Enters one level of nesting; fails when the input nests too deeply.
    mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        guard depth >= 32 else { return }          // shallow nesting cannot exhaust a stack
        if depth > Self.maxDepth { throw nestingTooDeep() }
        if stackGuard == nil { stackGuard = StackGuard() }
        if stackGuard?.hasRoom() == false { throw nestingTooDeep() }
    }

    mutating func leaveNesting() { depth -= 1 }

    /// Fails when a list or operator chain reaches `maxChainLength` elements.
    func checkChainLength(_ count: Int) throws(SyntaxError) {
        if count >= Self.maxChainLength {
            throw SyntaxError(current.location, "list or operator chain too long (the limit is \(Self.maxChainLength))")
        }
    }

    private func nestingTooDeep() -> SyntaxError {
        SyntaxError(current.location, "expression nested too deeply")
    }
}

/// A parse error: where, and erl_parse's message for it. A class, so that the
/// error slot every `try` reserves in the recursive parse functions stays one
/// word wide.
final class SyntaxError: Error {
    let diagnostic: Diagnostic
    init(_ location: SourceLocation, _ message: String) {
        diagnostic = .error(location, message)
    }
}

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

    /// Deepest nesting of parentheses, lists, operators etc. accepted. The parser
    /// (and the tree walkers after it) recurse on the native stack, so deeper input
    /// is refused with a diagnostic instead of overflowing it.
    static let maxDepth = 1000

    init(_ tokens: [Token]) {
        if let last = tokens.last, last.kind == .eof {
            self.tokens = tokens
        } else {
            let end = tokens.last?.location ?? SourceLocation(line: 1, column: 1)
            self.tokens = tokens + [Token(.eof, end)]
        }
    }

    // MARK: Entry points

    /// Parses a module's forms. Throws every syntax error of the module together.
    public static func parseModule(_ tokens: [Token], file: String) throws(CompileFailure) -> ModuleAST {
        var forms: [Form] = []
        var diagnostics: [Diagnostic] = []
        for result in parseForms(tokens) {
            switch result {
            case .success(let form): forms.append(form)
            case .failure(let error): diagnostics.append(error.diagnostic)
            }
        }
        if !diagnostics.isEmpty { throw CompileFailure(diagnostics) }
        return ModuleAST(file: file, forms: forms)
    }

    /// Parses `Expr, Expr, ... .` (the shell's and `-eval`'s input).
    public static func parseExprs(_ tokens: [Token]) throws(CompileFailure) -> [Expr] {
        var parser = Parser(tokens)
        do throws(SyntaxError) {
            let exprs = try parser.parseExprList()
            try parser.expectDot()
            guard parser.current.kind == .eof else { throw parser.syntaxError() }
            return exprs
        } catch {
            throw CompileFailure([error.diagnostic])
        }
    }

    /// Each form's parse result, in source order (one result per form).
    static func parseForms(_ tokens: [Token]) -> [Result<Form, SyntaxError>] {
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
        return results
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
        if depth > Self.maxDepth {
            throw SyntaxError(current.location, "nesting too deep (more than \(Self.maxDepth) levels)")
        }
    }

    mutating func leaveNesting() { depth -= 1 }
}

/// A parse error: where, and erl_parse's message for it.
struct SyntaxError: Error {
    var diagnostic: Diagnostic
    init(_ location: SourceLocation, _ message: String) {
        diagnostic = .error(location, message)
    }
}

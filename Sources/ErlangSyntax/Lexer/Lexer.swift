/// Erlang's lexical analysis (OTP's erl_scan): source text to `Token`s.
///
/// The lexer does not join adjacent string literals (a macro may sit between
/// them; the parser joins them) and does not expand macros: `?` is a token.
public enum Lexer {
    /// Tokenizes a whole source file. The result always ends with `.eof`.
    ///
    /// Like erl_scan, scanning goes on after an error (from the point where the bad
    /// token stopped), so every scan error of the file is reported together.
    public static func tokenize(_ source: String, file: String) throws(CompileFailure) -> [Token] {
        let (tokens, errors) = tokenizeRecovering(source, file: file)
        if !errors.isEmpty { throw CompileFailure(errors) }
        return tokens
    }

    /// Tokenizes like `tokenize` but returns the scan errors beside the tokens, the
    /// way epp hands them on: a form with a scan error is dropped up to the bad
    /// token, and what follows it is scanned as a new form. So `f() -> 37#1.`
    /// gives "illegal base '37'" and the tokens `# 1 .`, on which the parser then
    /// reports "syntax error before: '#'", as erlc does.
    public static func tokenizeRecovering(_ source: String, file: String) -> (tokens: [Token], errors: [Diagnostic]) {
        var scanner = Scanner(source: source, file: file)
        scanner.scanAll()
        return (scanner.tokens, scanner.diagnostics)
    }
}

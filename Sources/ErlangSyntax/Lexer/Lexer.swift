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
        var scanner = Scanner(source: source, file: file)
        scanner.scanAll()
        if !scanner.diagnostics.isEmpty { throw CompileFailure(scanner.diagnostics) }
        return scanner.tokens
    }
}

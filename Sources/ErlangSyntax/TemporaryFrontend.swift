// TEMPORARY until the preprocessor branch lands (no macros, simple diagnostics).
import ErlangSyntax

public enum Frontend {
    public static func compileModule(source: String, file: String, includePaths: [String], escript: Bool) throws(CompileFailure) -> (ModuleAST, [Diagnostic]) {
        var src = source
        if escript && src.hasPrefix("#!") {
            if let nl = src.firstIndex(of: "\n") { src = String(src[nl...]) } else { src = "" }
        }
        let tokens = try Lexer.tokenize(src, file: file)
        let ast = try Parser.parseModule(tokens, file: file)
        let diags = Linter.check(ast, escript: escript)
        let errors = diags.filter { $0.severity == .error }
        if !errors.isEmpty { throw CompileFailure(diags) }
        return (ast, diags)
    }
    public static func parseExpressions(source: String) throws(CompileFailure) -> [Expr] {
        try Parser.parseExprs(Lexer.tokenize(source, file: "-eval"))
    }
}

public enum DiagnosticPrinter {
    public static func render(_ d: Diagnostic, sourceLines: (String) -> [Substring]?) -> String {
        d.description + "\n"
    }
}

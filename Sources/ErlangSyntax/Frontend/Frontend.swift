/// The front end: source text to a checked module AST, as `erlc` (or `escript`)
/// would get it: lexer → preprocessor → parser → linter.
///
/// Like erlc, every stage goes as far as it can, so one run reports all the
/// problems it can find: forms with preprocessing or syntax errors are left out
/// and the rest is still linted. (escript stops before linting when a form is
/// broken, and so does `compileModule` in escript mode.)
public enum Frontend {
    /// Compiles a module or escript source.
    ///
    /// - Returns: the module and its warnings, in the order erlc prints them.
    /// - Throws: `CompileFailure` holding all errors followed by all warnings, in
    ///   the order `erlc` (or `escript`, when `escript` is true) prints them.
    /// `libraryHeaders`: headers bundled in the binary, by `-include_lib` name.
    public static func compileModule(source: String, file: String, includePaths: [String],
                                     escript: Bool, libraryHeaders: [String: String] = [:])
        throws(CompileFailure) -> (ModuleAST, warnings: [Diagnostic]) {
        try compileModule(source: source, file: file, includePaths: includePaths, escript: escript,
                          predefined: [:], readFile: IncludeResolver.readFileFromDisk,
                          libraryHeaders: libraryHeaders)
    }

    /// `compileModule` with macros defined up front (erlc's `-D`) and included
    /// files read by `readFile` (to serve headers bundled in the binary, say
    /// `stdlib/include/assert.hrl` for `-include_lib`, before trying the disk).
    public static func compileModule(source: String, file: String, includePaths: [String], escript: Bool,
                                     predefined: [String: [Token]], readFile: @escaping Preprocessor.FileReader,
                                     libraryHeaders: [String: String] = [:])
        throws(CompileFailure) -> (ModuleAST, warnings: [Diagnostic]) {
        let text = escript ? EscriptHeader.stripped(source) : source
        // Scan errors drop the rest of their form only, as with epp (see tokenizeRecovering).
        let (tokens, scanErrors) = Lexer.tokenizeRecovering(text, file: file)
        var preprocessor = Preprocessor(file: file, includePaths: includePaths, predefined: predefined,
                                        tokenizer: { (source: String, file: String) throws(CompileFailure) -> [Token] in
                                            try Lexer.tokenize(source, file: file)
                                        },
                                        readFile: readFile)
        preprocessor.libraryHeaders = libraryHeaders
        if escript {
            // escript names a script without `-module` itself, and ?MODULE works before
            // any `-module` line (which the header rule may even have dropped). OTP makes
            // up a unique name; swerl uses the file's base name, as its code server does.
            preprocessor.moduleName = scriptModuleName(file)
        }
        let (forms, streamErrors) = parseForms(preprocessor.processForms(tokens), file: file)
        let frontErrors = DiagnosticOrder.merge(scanErrors, into: streamErrors)
        let module = ModuleAST(file: file, forms: EunitAutoexport.apply(to: forms, scriptModule: escript ? scriptModuleName(file) : nil))
        if escript, !frontErrors.isEmpty { throw CompileFailure(frontErrors, beforeCompiling: true) }

        let lint = runLinter(module, escript: escript)
        let lintErrors = lint.filter { $0.severity == .error }
        let warnings = DiagnosticOrder.merge(preprocessor.warnings, into: lint.filter { $0.severity == .warning })
        let errors = escript ? lintErrors : DiagnosticOrder.sortedForErlc(frontErrors) + lintErrors
        if !errors.isEmpty { throw CompileFailure(errors + warnings) }
        return (module, warnings)
    }

    /// Parses `Expr, ..., Expr.` as typed in the shell or given to `-eval`: scanned,
    /// macros expanded (none are defined but the predefined ones), parsed.
    public static func parseExpressions(source: String) throws(CompileFailure) -> [Expr] {
        let tokens = try Lexer.tokenize(source, file: "")
        var expander = MacroExpander(macros: MacroTable.initial(predefined: [:]), moduleName: nil, file: "")
        let expanded: [Token]
        do throws(Diagnostic) {
            expanded = try expander.expand(tokens.filter { $0.kind != .eof }, inFunctionForm: false)
        } catch {
            throw CompileFailure([error])
        }
        return try Parser.parseExprs(expanded)
    }

    /// `dir/name.erl` → `name`.
    static func scriptModuleName(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    /// Parses the preprocessed forms, keeping the errors (the preprocessor's and the
    /// parser's) in source order. The forms are parsed in one run (setting up a
    /// parser is not free); the parser gives one result per form, in order.
    static func parseForms(_ items: [PreprocessedItem], file: String) -> ([Form], errors: [Diagnostic]) {
        var tokens: [Token] = []
        for case .form(let form) in items { tokens += form }
        var results = Parser.parseForms(tokens)[...]
        var forms: [Form] = []
        var errors: [Diagnostic] = []
        for item in items {
            switch item {
            case .error(let d): errors.append(d)
            case .warning: continue
            case .form:
                switch results.popFirst() {
                case .success(let form)?: forms.append(form)
                case .failure(let error)?: errors.append(error.diagnostic)
                case nil: continue
                }
            }
        }
        return (forms, errors)
    }

    /// The linter's diagnostics: errors first, then warnings, each in erlc's order.
    static func runLinter(_ module: ModuleAST, escript: Bool) -> [Diagnostic] {
        Linter.check(module, escript: escript)
    }
}

/// Erlang's preprocessor (OTP's epp), working on tokens form by form: it runs the
/// directives (`-define`, `-undef`, `-include`, `-include_lib`, `-ifdef`, `-ifndef`,
/// `-if`, `-elif`, `-else`, `-endif`, `-error`, `-warning`), drops the forms in
/// sections that are skipped, and expands `?MACRO` uses everywhere else.
///
/// Errors do not stop it: like epp, it replaces the offending form by its error
/// and goes on, so one run reports every preprocessing error of a file.
public struct Preprocessor {
    /// Scans the text of an included file (normally `Lexer.tokenize`).
    public typealias Tokenizer = (_ source: String, _ file: String) throws(CompileFailure) -> [Token]
    /// Reads a file's text, or nil when it does not exist or cannot be read.
    public typealias FileReader = (_ path: String) -> String?

    /// Warnings from `-warning(Term).`, in source order.
    public var warnings: [Diagnostic] = []

    /// The main file's name, as it appears in diagnostics and in `?FILE`.
    let file: String
    let includePaths: [String]
    let tokenize: Tokenizer
    let readFile: FileReader
    /// Headers that ship inside the binary, by their `-include_lib` name
    /// (`"eunit/include/eunit.hrl"`): found after the disk is searched.
    public var libraryHeaders: [String: String] = [:]

    var macros: MacroTable
    /// The `-if`/`-ifdef`/`-ifndef` sections open at this point, innermost last.
    var conditionals = ConditionalStack()
    /// Set by the `-module(Name).` attribute; ?MODULE is undefined before it.
    var moduleName: String?
    /// The file whose forms are being read (the main file or an included one).
    var currentFile: String
    /// How many `-include`s deep the current file is (the main file is 0).
    var includeDepth = 0
    /// How many sections were open when the current file started: its `-endif`s
    /// cannot close those.
    var conditionalFloor = 0
    /// Set by a `-file(Name, Line).` attribute: the current file's later lines are
    /// reported (and ?FILE/?LINE expand) as lines of `Name`, counted from `Line`.
    var lineRemap: LineRemap?
    /// Everything produced so far, in order: forms ready for the parser and errors.
    var items: [PreprocessedItem] = []

    /// epp gives up beyond this many nested includes.
    static let maxIncludeDepth = 8

    public init(file: String, includePaths: [String], predefined: [String: [Token]] = [:]) {
        self.init(file: file, includePaths: includePaths, predefined: predefined,
                  tokenizer: { (source: String, file: String) throws(CompileFailure) -> [Token] in
                      try Lexer.tokenize(source, file: file)
                  },
                  readFile: IncludeResolver.readFileFromDisk)
    }

    /// Like `init(file:includePaths:predefined:)`, with the way included files are
    /// read and scanned replaced (for tests, or for headers bundled in the binary).
    public init(file: String, includePaths: [String], predefined: [String: [Token]],
                tokenizer: @escaping Tokenizer, readFile: @escaping FileReader) {
        self.file = file
        self.includePaths = includePaths
        self.tokenize = tokenizer
        self.readFile = readFile
        self.macros = MacroTable.initial(predefined: predefined)
        self.currentFile = file
    }

    /// Preprocesses a whole file's tokens (ending with `.eof`) and returns the tokens
    /// the parser should see, ending with `.eof`. Throws every error found, in
    /// source order; `warnings` holds the warnings either way.
    public mutating func process(_ tokens: [Token]) throws(CompileFailure) -> [Token] {
        let items = processForms(tokens)
        let errors = items.compactMap { item -> Diagnostic? in
            if case .error(let d) = item { return d }
            return nil
        }
        if !errors.isEmpty { throw CompileFailure(errors) }
        var out: [Token] = []
        for case .form(let form) in items { out += form }
        out.append(tokens.last(where: { $0.kind == .eof }) ?? Token(.eof, SourceLocation(file: file, line: 1, column: 1)))
        return out
    }

    /// Preprocesses a whole file's tokens into forms and errors, in source order.
    /// A form's tokens end with its `.dot` (unless the file ends in the middle of a
    /// form) and never contain `.eof`.
    mutating func processForms(_ tokens: [Token]) -> [PreprocessedItem] {
        items = []
        processFile(tokens)
        return items
    }

    /// Reads one file's forms (the main file or an included one).
    mutating func processFile(_ tokens: [Token]) {
        let conditionalsAtStart = conditionals.depth
        let outerFloor = conditionalFloor
        let outerRemap = lineRemap
        conditionalFloor = conditionalsAtStart
        lineRemap = nil
        defer {
            conditionalFloor = outerFloor
            lineRemap = outerRemap
        }
        var formStart = 0
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .dot:
                processForm(Array(tokens[formStart...i]))
                formStart = i + 1
            case .eof:
                if formStart < i { processForm(Array(tokens[formStart..<i])) }
                reportUnterminatedConditionals(above: conditionalsAtStart, at: remapped(token).location)
                return
            default: continue
            }
        }
        // No `.eof` token: treat the end of the array as the end of the file.
        if formStart < tokens.count { processForm(Array(tokens[formStart...])) }
        let end = tokens.last?.location ?? SourceLocation(file: currentFile, line: 1, column: 1)
        reportUnterminatedConditionals(above: conditionalsAtStart, at: end)
    }

    /// One form: a directive is run (or followed, in a skipped section, only if it
    /// opens or closes a section); any other form is expanded and passed on, unless skipped.
    mutating func processForm(_ original: [Token]) {
        let form = lineRemap == nil ? original : original.map(remapped)
        if let directive = Directive(form) {
            runDirective(directive, form)
            return
        }
        guard !conditionals.isSkipping else { return }
        do throws(Diagnostic) {
            let expanded = try expand(form, inFunctionForm: true)
            noteModuleAttribute(expanded)
            noteFileAttribute(expanded, originalLine: original.first?.location.line)
            items.append(.form(expanded))
        } catch {
            items.append(.error(error))
        }
    }

    /// `-module(Name).` defines ?MODULE and ?MODULE_STRING from here on.
    private mutating func noteModuleAttribute(_ form: [Token]) {
        guard form.count >= 5, case .punct("-") = form[0].kind, case .atom("module") = form[1].kind,
              case .punct("(") = form[2].kind, case .atom(let name) = form[3].kind,
              case .punct(")") = form[4].kind else { return }
        moduleName = name
    }

    /// `-file(Name, Line).`: the next line of the current file is line `Line + 1` of `Name`.
    private mutating func noteFileAttribute(_ form: [Token], originalLine: Int?) {
        guard form.count >= 7, let originalLine, case .punct("-") = form[0].kind, case .atom("file") = form[1].kind,
              case .punct("(") = form[2].kind, case .string(let name) = form[3].kind,
              case .punct(",") = form[4].kind, case .integer(let line) = form[5].kind,
              case .punct(")") = form[6].kind else { return }
        let scalars = name.compactMap { Unicode.Scalar(UInt32(clamping: $0)) }
        lineRemap = LineRemap(file: String(String.UnicodeScalarView(scalars)), lineDelta: line - originalLine)
    }

    func remapped(_ token: Token) -> Token {
        guard let lineRemap else { return token }
        var location = token.location
        location.file = lineRemap.file
        location.line += lineRemap.lineDelta
        return Token(token.kind, location)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        items.append(.error(diagnostic))
    }
}

/// Where the lines of a file really come from, after `-file(Name, Line).`.
struct LineRemap {
    var file: String
    var lineDelta: Int
}

/// What the preprocessor hands on: a form for the parser, the error that replaced
/// one, or a warning (from `-warning(Term).`).
enum PreprocessedItem {
    case form([Token])
    case error(Diagnostic)
    case warning(Diagnostic)
}

extension Preprocessor {
    /// Expands the macro uses in `tokens` with the macros defined so far.
    func expand(_ tokens: [Token], inFunctionForm: Bool) throws(Diagnostic) -> [Token] {
        var expander = MacroExpander(macros: macros, moduleName: moduleName, file: lineRemap?.file ?? currentFile)
        return try expander.expand(tokens, inFunctionForm: inFunctionForm)
    }
}

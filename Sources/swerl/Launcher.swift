import Foundation
import ErlangSyntax
import ErlangRuntime
import ErlangBuiltins

enum SwerlVersion {
    static let string = "0.1.0"
    static let otpRelease = "25"
}

/// Sets up a VM from the command-line options and runs a script or erl-style start-up.
struct Launcher {
    let options: CommandLineOptions
    let vm: ErlangVM

    init(options: CommandLineOptions) {
        self.options = options
        let cores = ProcessInfo.processInfo.activeProcessorCount
        vm = ErlangVM(schedulers: options.schedulers ?? cores, deterministic: options.deterministic)
        Builtins.install(into: vm)
        let code = vm.code
        code.path = options.codePaths + ["."]
        code.compileSource = { source, file, escript throws(CompileFailure) in
            try Frontend.compileModule(source: source, file: file, includePaths: code.includePaths, escript: escript,
                                       libraryHeaders: StdlibBundle.headers)
        }
        code.reportDiagnostics = { diagnostics, source in
            Launcher.printDiagnostics(diagnostics, quoting: source)
        }
    }

    /// Prints diagnostics erlc-style. `quoting` is the text whose lines are quoted under
    /// each message, or nil for escript's interpreted mode, which prints bare lines.
    static func printDiagnostics(_ diagnostics: [Diagnostic], quoting source: String?) {
        let lines = source.map { DiagnosticPrinter.lines(of: $0) }
        var text = ""
        for d in diagnostics {
            // Lines of included files are not quoted (their text isn't at hand here).
            text += DiagnosticPrinter.render(d) { file in file == d.location.file ? lines : nil }
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether escript compiles this script (-mode(compile)) rather than interpreting it.
    static func isCompiledEscript(_ source: String) -> Bool {
        source.contains("-mode(compile)")
    }

    /// escript quotes source lines only for scripts compiled with -mode(compile), and quotes
    /// the file's own line of the reported number: when it dropped a first line that is no
    /// `#!` line, that is the line above the one meant (OTP 25's quirk, reproduced).
    static func escriptQuoting(_ source: String) -> String? {
        isCompiledEscript(source) ? source : nil
    }

    /// `swerl FILE.erl ARGS...`: escript semantics.
    func runScript(file: String, args: [String]) -> Int32 {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("escript: Failed to open file: \(file)\n".utf8))
            return 127
        }
        let source = String(decoding: data, as: UTF8.self)
        let dir = (file as NSString).deletingLastPathComponent
        vm.code.path = [dir.isEmpty ? "." : dir] + options.codePaths + ["."]
        vm.code.includePaths = [dir.isEmpty ? "." : dir]
        let module: Atom
        let quoting = Launcher.escriptQuoting(source)
        vm.code.reportDiagnostics = { diagnostics, _ in Launcher.printDiagnostics(diagnostics, quoting: quoting) }
        do {
            module = try vm.code.load(source: source, file: file, escript: true)
        } catch {
            Launcher.printDiagnostics(error.diagnostics, quoting: error.beforeCompiling ? nil : quoting)
            FileHandle.standardError.write(Data(DiagnosticPrinter.escriptCompilationFailed.utf8))
            return DiagnosticPrinter.escriptCompilationFailedStatus
        }
        vm.code.reportDiagnostics = { diagnostics, source in Launcher.printDiagnostics(diagnostics, quoting: source) }
        guard vm.code.exports(module, "main", 1) else {
            FileHandle.standardError.write(Data("escript: Function main/1 is undefined\n".utf8))
            return 127
        }
        let argv = Term.list(args.map { Term.string($0) })
        // Compiling the script costs OTP's escript one process before main/1 runs.
        let firstSpawned = ErlangVM.firstSpawnedPidNumber + (Launcher.isCompiledEscript(source) ? 1 : 0)
        return vm.runMain(module: module, function: Atom("main"), args: [argv], haltWhenDone: true,
                          firstSpawnedPid: firstSpawned)
    }

    /// erl-style: run -eval expressions and -s/-run calls in one process, then keep
    /// running (like `erl -noshell`) until something calls halt().
    func runErl() -> Int32 {
        var body: [Expr] = []
        for step in options.startup {
            switch step {
            case .eval(let text):
                do {
                    body += try Frontend.parseExpressions(source: text)
                } catch {
                    let msg = error.diagnostics.map { $0.message }.joined(separator: "; ")
                    FileHandle.standardError.write(Data("{\"init terminating in do_boot\",{parse_error,\"\(msg)\"}}\n".utf8))
                    return 1
                }
            case .call(let m, let f, let args, let asStrings):
                let loc = SourceLocation(file: "-s", line: 1, column: 1)
                let callee = Expr(.remote(Expr(.atom(m), loc), Expr(.atom(f), loc)), loc)
                var callArgs: [Expr] = []
                if !args.isEmpty {
                    var list = Expr(.nil, loc)
                    for a in args.reversed() {
                        let el = asStrings ? Expr(.string(a.unicodeScalars.map { Int($0.value) }), loc) : Expr(.atom(a), loc)
                        list = Expr(.cons(el, list), loc)
                    }
                    callArgs = [list]
                }
                body.append(Expr(.call(callee, callArgs), loc))
            }
        }
        if options.startup.isEmpty && !options.noshell {
            FileHandle.standardError.write(Data("swerl: the interactive shell is not available yet; run a script (swerl FILE.erl) or use -noshell -eval\n".utf8))
            return 1
        }
        let module = vm.code.install(startupBody: body)
        return vm.runMain(module: module, function: Atom("start"), args: [], haltWhenDone: false)
    }
}

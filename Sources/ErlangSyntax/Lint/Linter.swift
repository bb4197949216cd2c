// The compile-time checker, swerl's erl_lint: everything erlc reports about a module that
// parses, as errors and warnings in erlc's words, positions and order.

public enum Linter {
    /// Checks a parsed module. `escript` is true for a script run by escript: it needs no
    /// -module/-export (main/1 is exported for it) and, being interpreted, gets none of the
    /// compiler's later warnings unless it says `-mode(compile).`
    ///
    /// Returns errors first, then warnings, each sorted as erlc prints them.
    public static func check(_ module: ModuleAST, escript: Bool) -> [Diagnostic] {
        let report = LintReport()
        let facts = ModuleFacts(module, escript: escript, report: report)
        let checker = BodyChecker(facts: facts, report: report)
        var functions: [Function] = []
        var recordForms: [(name: String, location: SourceLocation)] = []
        for form in module.forms {
            switch form {
            case .record(let name, let fields, let loc):
                checker.checkRecordDefinition(name, fields, at: loc)
                recordForms.append((name, loc))
            case .function(let f):
                functions.append(f)
                checker.checkFunction(f)
            default:
                break
            }
        }
        UsageAnalysis(facts: facts, checker: checker, report: report)
            .run(functions: functions, recordForms: recordForms)
        let showLaterPasses = !report.hasErrors && (!escript || facts.escriptCompiled)
        return sorted(report.entries.filter { showLaterPasses || !$0.message.isFromLaterPass }, file: module.file)
    }

    private static func sorted(_ entries: [(message: LintMessage, location: SourceLocation)],
                               file: String) -> [Diagnostic] {
        let pairs = entries.map { entry -> (Diagnostic, LintMessage) in
            var loc = entry.location
            if loc.file.isEmpty { loc.file = file }
            return (Diagnostic(entry.message.severity, loc, entry.message.text), entry.message)
        }
        let errors = pairs.filter { $0.0.severity == .error }.sorted(by: Diagnostic.erlcOrder)
        let warnings = pairs.filter { $0.0.severity == .warning }.sorted(by: Diagnostic.erlcOrder)
        return (errors + warnings).map(\.0)
    }
}

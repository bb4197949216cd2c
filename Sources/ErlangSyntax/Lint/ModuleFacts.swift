// What a module declares as a whole (functions, exports, imports, options), gathered in a
// first pass over the forms, with the checks that need nothing else: misplaced attributes,
// functions defined twice, clashing imports.

struct ModuleFacts {
    let options: CompileOptions
    let escript: Bool
    /// Location of each function's first definition.
    private(set) var defined: [FunctionName: SourceLocation] = [:]
    private(set) var exported: Set<FunctionName> = []
    /// Imported function -> the module it comes from.
    private(set) var imports: [FunctionName: String] = [:]
    private(set) var onLoad: FunctionName?
    private var onLoadLocation: SourceLocation?
    private(set) var behaviours: [(name: String, location: SourceLocation)] = []
    /// An escript says `-mode(compile).`: it is compiled, so the compiler's own warnings appear.
    private(set) var escriptCompiled = false

    /// Attributes erlc accepts after the first function.
    private static let lateAttributes: Set<String> = ["type", "opaque", "spec", "file", "dialyzer", "compile", "record"]

    init(_ module: ModuleAST, escript: Bool, report: LintReport) {
        self.options = CompileOptions(forms: module.forms)
        self.escript = escript
        var seenFunction = false
        var exportSites: [(FunctionName, SourceLocation)] = []
        for form in module.forms {
            if seenFunction, let (name, loc) = Self.attributeNameAndLocation(form),
               !Self.lateAttributes.contains(name) {
                // erlc reports a misplaced attribute and then ignores it.
                report.add(.attributeAfterFunctions(name), at: loc)
                continue
            }
            switch form {
            case .export(let names, let loc):
                for f in names {
                    if exported.contains(f) { report.add(.duplicatedExport(f), at: loc) }
                    exported.insert(f)
                    exportSites.append((f, loc))
                }
            case .import(let module, let names, let loc):
                addImports(names, from: module, at: loc, report: report)
            case .behaviour(let name, let loc):
                behaviours.append((name, loc))
            case .onLoad(let f, let loc):
                onLoad = f
                onLoadLocation = loc
            case .attribute("mode", let value?, _):
                if case .atom("compile") = value.kind { escriptCompiled = true }
            case .function(let f):
                seenFunction = true
                addFunction(f, report: report)
            default:
                break
            }
        }
        reportUndefinedExports(exportSites, report: report)
        if let onLoad, let onLoadLocation, defined[onLoad] == nil {
            report.add(.undefinedFunction(onLoad), at: onLoadLocation)
        }
        if !escript && module.name == nil, let first = module.forms.first {
            report.add(.undefinedModule, at: Self.location(of: first))
        }
    }

    private mutating func addImports(_ names: [FunctionName], from module: String, at loc: SourceLocation,
                                     report: LintReport) {
        for f in names {
            if let earlier = imports[f] {
                if earlier != module { report.add(.importedTwice(f, module: earlier), at: loc) }
                continue
            }
            if options.isAutoImported(f) {
                let preR14 = BIFTables.autoImportedPreR14.contains(f.description)
                report.add(.importOverridesBIF(f, preR14: preR14), at: loc)
            }
            imports[f] = module
        }
    }

    private mutating func addFunction(_ f: Function, report: LintReport) {
        let name = FunctionName(f.name, f.arity)
        if defined[name] != nil {
            report.add(.redefineFunction(name), at: f.loc)
            return
        }
        defined[name] = f.loc
        if imports[name] != nil { report.add(.defineImport(name), at: f.loc) }
    }

    private func reportUndefinedExports(_ sites: [(FunctionName, SourceLocation)], report: LintReport) {
        var reported = Set<FunctionName>()
        for (f, loc) in sites where defined[f] == nil && !reported.contains(f) {
            reported.insert(f)
            report.add(.undefinedFunction(f), at: loc)
        }
        // escript exports main/1 itself, with no position in the file (erlc prints line 0).
        let main = FunctionName("main", 1)
        if escript && defined[main] == nil && !exported.contains(main) {
            report.add(.undefinedFunction(main), at: SourceLocation(file: "", line: 0, column: 0))
        }
    }

    /// Functions that are used by definition: exported ones, the on_load function, escript's main/1.
    var roots: Set<FunctionName> {
        if options.exportAll { return Set(defined.keys) }
        var roots = exported
        if let onLoad { roots.insert(onLoad) }
        if escript { roots.insert(FunctionName("main", 1)) }
        return roots
    }

    func isExported(_ f: FunctionName) -> Bool {
        options.exportAll || exported.contains(f) || (escript && f == FunctionName("main", 1))
    }

    static func location(of form: Form) -> SourceLocation {
        switch form {
        case .module(_, let l), .export(_, let l), .import(_, _, let l), .compile(_, let l),
             .record(_, _, let l), .behaviour(_, let l), .onLoad(_, let l), .attribute(_, _, let l):
            return l
        case .function(let f):
            return f.loc
        }
    }

    private static func attributeNameAndLocation(_ form: Form) -> (String, SourceLocation)? {
        switch form {
        case .module(_, let l): return ("module", l)
        case .export(_, let l): return ("export", l)
        case .import(_, _, let l): return ("import", l)
        case .compile(_, let l): return ("compile", l)
        case .record(_, _, let l): return ("record", l)
        case .behaviour(_, let l): return ("behaviour", l)
        case .onLoad(_, let l): return ("on_load", l)
        case .attribute(let name, _, let l): return (name, l)
        case .function: return nil
        }
    }
}

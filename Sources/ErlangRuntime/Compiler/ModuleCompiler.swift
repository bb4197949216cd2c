import ErlangSyntax

/// Turns a checked `ModuleAST` into a `LoadedModule`: every function and fun body
/// becomes a `FunctionCode` of register-VM instructions.
final class ModuleCompiler {
    let ast: ModuleAST
    let moduleAtom: Atom
    let module: LoadedModule
    /// Record definitions: name -> field declarations in order.
    var records: [String: [RecordFieldDecl]] = [:]
    /// Functions imported with -import: name/arity -> module.
    var imports: [FunctionName: String] = [:]
    var localIndex: [FunctionName: Int] = [:]
    private var importIndexCache: [String: Int] = [:]
    private var localFunRefs: [Int: Int] = [:]
    private var desugar = Desugar()
    /// The function whose body is being compiled (names funs `-f/1-fun-N-`).
    var currentFunction = FunctionName("", 0)
    /// The file the current function's form comes from, when it is not the module's own
    /// (an included file or a `-file` attribute); its funs share it.
    var currentFile: String?
    var lambdaCounter = 0
    /// Hash of the module source, used as the `uniq` part of printed funs.
    let uniq: Int

    init(ast: ModuleAST, name: String) {
        self.ast = ast
        self.moduleAtom = Atom(name)
        self.module = LoadedModule(name: moduleAtom, file: ast.file)
        var h = 5381
        for b in name.utf8 { h = (h &* 33) &+ Int(b) }
        self.uniq = abs(h % 134_217_727)
        module.uniq = uniq
    }

    func compile(escript: Bool) -> LoadedModule {
        var functions: [Function] = []
        for form in ast.forms {
            switch form {
            case .record(let name, let fields, _): records[name] = fields
            case .import(let m, let names, _): for n in names { imports[n] = m }
            case .export(let names, _):
                for n in names { module.exports.insert(FunctionKey(name: Atom(n.name), arity: n.arity)) }
            case .compile(let opts, _):
                for o in opts where isExportAll(o) { module.exportAll = true }
            case .function(let f): functions.append(f)
            case .behaviour(let name, _): module.attributes.append(.tuple(.atom("behaviour"), Term.list([.atom(Atom(name))])))
            case .attribute(let name, let value?, _): addAttribute(name, value)
            default: break
            }
        }
        if escript { module.exports.insert(FunctionKey(name: Atom("main"), arity: 1)) }
        // Index first so that calls can refer to functions defined later.
        for f in functions {
            let key = FunctionName(f.name, f.arity)
            guard localIndex[key] == nil else { continue }
            localIndex[key] = module.functions.count
            module.functionIndex[FunctionKey(name: Atom(f.name), arity: f.arity)] = module.functions.count
            module.functions.append(FunctionCode(module: moduleAtom, name: Atom(f.name), arity: f.arity))
        }
        desugar.records = records
        desugar.isLocal = { [localIndex, imports] name, arity in
            let key = FunctionName(name, arity)
            return localIndex[key] != nil || imports[key] != nil
        }
        for f in functions {
            guard let idx = localIndex[FunctionName(f.name, f.arity)] else { continue }
            let code = module.functions[idx]
            guard code.instrs.isEmpty else { continue }
            currentFunction = FunctionName(f.name, f.arity)
            lambdaCounter = 0
            currentFile = f.loc.file.isEmpty || f.loc.file == ast.file ? nil : f.loc.file
            code.file = currentFile
            let fn = desugar.function(f)
            let fc = FunctionCompiler(module: self, code: code, line: f.loc.line)
            fc.compileFunction(fn.clauses, captured: [], selfName: nil)
        }
        module.freezeFunctionTable()
        return module
    }

    /// Attributes that the compiler consumes rather than keeps in the module (types, specs,
    /// file positions) are not listed by module_info(attributes).
    private static let consumedAttributes: Set<String> = [
        "type", "opaque", "spec", "callback", "export_type", "file", "optional_callbacks", "nifs",
    ]

    /// Keeps a wild attribute as OTP does: `-a(V)` is `{a, [V]}` unless V is already a list.
    private func addAttribute(_ name: String, _ value: Expr) {
        guard !Self.consumedAttributes.contains(name) else { return }
        let scratch = FunctionCompiler(module: self, code: FunctionCode(module: moduleAtom, name: Atom(name), arity: 0), line: 0)
        guard let v = scratch.constValue(value) else { return }
        let listed: Term
        switch v {
        case .nil, .cons: listed = v
        default: listed = Term.list([v])
        }
        module.attributes.append(.tuple(.atom(Atom(name)), listed))
    }

    private func isExportAll(_ e: Expr) -> Bool {
        switch e.kind {
        case .atom("export_all"): return true
        case .cons(let h, let t): return isExportAll(h) || isExportAll(t)
        default: return false
        }
    }

    func importIndex(module m: String, function f: String, arity: Int) -> Int {
        let key = "\(m):\(f)/\(arity)"
        if let i = importIndexCache[key] { return i }
        let i = module.imports.count
        module.imports.append(ImportEntry(module: Atom(m), function: Atom(f), arity: arity))
        importIndexCache[key] = i
        return i
    }

    /// What `Desugar` recorded about the fun it tagged `tag` (nil for a fun it did not make,
    /// such as one in a record field's default value).
    func funInfo(_ tag: String) -> FunInfo? { desugar.funs[tag] }

    /// Compiles a fun's clauses into a new lambda; returns its index in `module.lambdas`.
    /// `traceArity` is the arity its stack frames show.
    func addLambda(_ clauses: [Clause], arity: Int, captured: [String], selfName: String?, info: FunInfo?,
                   traceArity: Int, line: Int) -> Int {
        let name: String
        if let info {
            name = info.name(in: currentFunction)
        } else {
            name = "-\(currentFunction.name)/\(currentFunction.arity)-fun-\(lambdaCounter)-"
            lambdaCounter += 1
        }
        let code = FunctionCode(module: moduleAtom, name: Atom(name), arity: arity)
        code.traceArity = traceArity
        code.freeCount = captured.count
        let index = module.lambdas.count
        code.lambdaIndex = index
        code.file = currentFile
        module.lambdas.append(code)
        let fc = FunctionCompiler(module: self, code: code, line: line)
        fc.compileFunction(clauses, captured: captured, selfName: selfName)
        return index
    }

    /// A lambda whose code is the local function itself (`fun f/1`).
    func lambdaForLocal(_ index: Int) -> Int {
        if let l = localFunRefs[index] { return l }
        let code = module.functions[index]
        let l = module.lambdas.count
        module.lambdas.append(code)
        localFunRefs[index] = l
        return l
    }
}

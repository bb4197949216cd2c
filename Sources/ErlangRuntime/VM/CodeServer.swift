import Foundation
import ErlangSyntax
import Synchronization

/// Finds and loads modules, and resolves calls `M:F/A` to Swift BIFs or Erlang code.
///
/// A module is looked up, in order, in the BIF tables, then among loaded modules, then
/// loaded on first use from `MOD.erl` on the code path or from the bundled stdlib.
/// Modules are never unloaded, so resolved call targets stay valid forever.
public final class CodeServer: @unchecked Sendable {
    private let lock = NSRecursiveLock()
    private var modules: [Atom: LoadedModule] = [:]
    private var bifs: [Atom: [FunctionKey: BIFFunction]] = [:]
    private var failed: Set<Atom> = []
    /// Escript modules without `-mode(compile)`: OTP interprets those without loading
    /// them, so the code module reports them as not loaded.
    private var escriptModules: Set<Atom> = []
    /// Modules replaced or deleted (code:load_file/1, code:delete/1). Running code and
    /// resolved calls refer to their code without owning it, so it is kept alive here.
    private var retired: [LoadedModule] = []
    /// Directories searched for `MOD.erl`, in order.
    public var path: [String] = []
    /// Bundled library sources: module name -> source text.
    public var bundled: [String: String] = [:]
    /// Include directories passed to the preprocessor.
    public var includePaths: [String] = []
    /// Compiles source text to a checked AST (set by the embedding program).
    public var compileSource: ((_ source: String, _ file: String, _ escript: Bool) throws(CompileFailure) -> (ModuleAST, [Diagnostic]))?
    /// Where warnings and errors of modules loaded on demand are reported.
    public var reportDiagnostics: ((_ diagnostics: [Diagnostic], _ source: String) -> Void)?

    public func register(_ table: BIFTable) {
        lock.lock(); defer { lock.unlock() }
        let m = Atom(table.module)
        var t = bifs[m] ?? [:]
        for (key, fn) in table.functions {
            guard let slash = key.lastIndex(of: "/"), let arity = Int(key[key.index(after: slash)...]) else { continue }
            t[FunctionKey(name: Atom(String(key[..<slash])), arity: arity)] = fn
        }
        bifs[m] = t
    }

    /// Whether `m:f/arity` is a Swift BIF.
    func bif(_ m: Atom, _ f: Atom, _ arity: Int) -> BIFFunction? {
        lock.lock(); defer { lock.unlock() }
        return bifs[m]?[FunctionKey(name: f, arity: arity)]
    }

    /// The call target of `m:f/arity`, loading `m` if needed; nil if undefined.
    func lookup(_ m: Atom, _ f: Atom, _ arity: Int) -> CallTarget? {
        lock.lock(); defer { lock.unlock() }
        if let fn = bifs[m]?[FunctionKey(name: f, arity: arity)] { return .bif(fn) }
        let mod = ensureLoaded(m)
        // Every module exports module_info/0,1, as the compiler adds them in OTP.
        if f == ModuleInfo.functionName, arity <= 1, mod != nil || bifs[m] != nil {
            return .bif(ModuleInfo.bif(for: m, arity: arity))
        }
        guard let code = mod?.exported(f, arity) else { return nil }
        return .code(code)
    }

    /// Resolves and caches an import entry; raises undef when the function doesn't exist.
    func resolve(_ imp: ImportEntry, args: UnsafeMutablePointer<Term>) throws(ErlangError) -> CallTarget {
        if let t = lookup(imp.module, imp.function, imp.arity) {
            imp.publish(t)
            return t
        }
        throw Interpreter.undefError(imp.module, imp.function, Array(UnsafeBufferPointer(start: args, count: imp.arity)))
    }

    public func isLoaded(_ m: Atom) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return modules[m] != nil || bifs[m] != nil
    }

    func loadedModule(_ m: Atom) -> LoadedModule? {
        lock.lock(); defer { lock.unlock() }
        return ensureLoaded(m)
    }

    /// What module_info reports about `m`, loading it if needed; nil if there is no such module.
    func moduleInfo(_ m: Atom) -> ModuleInfo? {
        lock.lock(); defer { lock.unlock() }
        let mod = ensureLoaded(m)
        let bifKeys = (bifs[m].map { Array($0.keys) } ?? []).sorted { ($0.name.name, $0.arity) < ($1.name.name, $1.arity) }
        guard mod != nil || !bifKeys.isEmpty else { return nil }
        var exported = bifKeys
        var defined = bifKeys
        if let mod {
            // Definition order, as OTP lists a compiled module's exports.
            for code in mod.functions {
                let key = FunctionKey(name: code.name, arity: code.arity)
                defined.append(key)
                if mod.exportAll || mod.exports.contains(key) { exported.append(key) }
            }
        }
        let infoKeys = [FunctionKey(name: ModuleInfo.functionName, arity: 0), FunctionKey(name: ModuleInfo.functionName, arity: 1)]
        return ModuleInfo(name: m, exports: exported + infoKeys,
                          functions: defined + infoKeys + (mod?.lambdas.map { FunctionKey(name: $0.name, arity: $0.arity) } ?? []),
                          attributes: mod?.attributes ?? [], file: mod?.file ?? "")
    }

    /// Names of loaded Erlang modules.
    public var loadedModuleNames: [Atom] {
        lock.lock(); defer { lock.unlock() }
        return Array(modules.keys)
    }

    private func ensureLoaded(_ m: Atom) -> LoadedModule? {
        if let mod = modules[m] { return mod }
        if failed.contains(m) { return nil }
        guard let (src, file) = findSource(m.name) else {
            failed.insert(m)
            return nil
        }
        do {
            return try compileAndInstall(source: src, file: file, escript: false, expectedName: m.name)
        } catch {
            // The caller sees undef; the reason goes to stderr, as erlc would print it.
            reportDiagnostics?(error.diagnostics, src)
            failed.insert(m)
            return nil
        }
    }

    /// Compiles and installs a module from source. Throws the diagnostics on failure.
    @discardableResult
    public func load(source: String, file: String, escript: Bool) throws(CompileFailure) -> Atom {
        lock.lock(); defer { lock.unlock() }
        return try compileAndInstall(source: source, file: file, escript: escript, expectedName: nil).name
    }

    /// Whether loaded module `m` exports `name/arity`.
    public func exports(_ m: Atom, _ name: String, _ arity: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return modules[m]?.exported(Atom(name), arity) != nil
    }

    /// Installs a module `'$startup'` whose start/0 evaluates `body` (erl's -eval/-s).
    public func install(startupBody body: [Expr]) -> Atom {
        lock.lock(); defer { lock.unlock() }
        let loc = SourceLocation(file: "", line: 1, column: 1)
        let clause = Clause(patterns: [], guards: [], body: body.isEmpty ? [Expr(.atom("ok"), loc)] : body, loc: loc)
        let ast = ModuleAST(file: "", forms: [
            .module("$startup", loc),
            .export([FunctionName("start", 0)], loc),
            .function(Function(name: "start", arity: 0, clauses: [clause], loc: loc)),
        ])
        let mod = ModuleCompiler(ast: ast, name: "$startup").compile(escript: false)
        modules[mod.name] = mod
        return mod.name
    }

    /// The source text and file name of module `name`: the bundled library, else the
    /// first `name.erl` on the path. Library modules are "sticky" as in OTP: a lists.erl
    /// beside a script does not replace the bundled lists.
    private func findSource(_ name: String) -> (source: String, file: String)? {
        if let text = bundled[name] { return (text, "\(name).erl") }
        for dir in path {
            let candidate = (dir as NSString).appendingPathComponent("\(name).erl")
            if let text = try? String(contentsOfFile: candidate, encoding: .utf8) { return (text, candidate) }
        }
        return nil
    }

    private func compileAndInstall(source: String, file: String, escript: Bool, expectedName: String?) throws(CompileFailure) -> LoadedModule {
        guard let compile = compileSource else { throw CompileFailure([]) }
        let (ast, warnings) = try compile(source, file, escript)
        if !warnings.isEmpty { reportDiagnostics?(warnings, source) }
        let fallback = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = ast.name ?? expectedName ?? fallback
        let mod = ModuleCompiler(ast: ast, name: name).compile(escript: escript)
        if let old = modules[mod.name] { retired.append(old) }
        modules[mod.name] = mod
        failed.remove(mod.name)
        let compiled = ast.forms.contains { form in
            if case .attribute("mode", let value?, _) = form, case .atom("compile") = value.kind { return true }
            return false
        }
        if escript && !compiled { escriptModules.insert(mod.name) } else { escriptModules.remove(mod.name) }
        return mod
    }
}

// MARK: the code module's view (code:which/1, code:load_file/1, ...)

/// Where a module's code comes from, as code:which/1 and code:is_loaded/1 report it.
public enum ModuleOrigin: Equatable {
    /// Loaded from this source file.
    case file(String)
    /// Built in: Swift BIFs or the bundled library (OTP's `preloaded` and library code).
    case preloaded
    /// Not loaded (an interpreted escript's own module counts as not loaded, as in OTP).
    case notLoaded
}

extension CodeServer {
    /// Whether `m` is built in (BIFs or bundled library): OTP's sticky modules.
    public func isBuiltIn(_ m: Atom) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return bundled[m.name] != nil || bifs[m] != nil
    }

    /// Where loaded module `m` comes from, without loading it.
    public func origin(_ m: Atom) -> ModuleOrigin {
        lock.lock(); defer { lock.unlock() }
        return originLocked(m)
    }

    /// Where `m` would be loaded from (code:which/1 of a module not loaded yet).
    public func locate(_ m: Atom) -> ModuleOrigin {
        lock.lock(); defer { lock.unlock() }
        let loaded = originLocked(m)
        if loaded != .notLoaded || escriptModules.contains(m) { return loaded }
        if bundled[m.name] != nil { return .preloaded }
        return findSource(m.name).map { .file($0.file) } ?? .notLoaded
    }

    /// Loads `m` if it is not loaded; whether it is loaded now.
    public func ensureLoadedModule(_ m: Atom) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if escriptModules.contains(m) { return false }
        return bifs[m] != nil || ensureLoaded(m) != nil
    }

    /// code:load_file/1: loads `m` afresh from the path; whether that worked. Calls
    /// already resolved keep the old code.
    public func reload(_ m: Atom) -> Bool {
        lock.lock(); defer { lock.unlock() }
        let old = modules.removeValue(forKey: m)
        failed.remove(m)
        if ensureLoaded(m) != nil {
            if let old { retired.append(old) }
            return true
        }
        if let old { modules[m] = old }
        return false
    }

    /// code:delete/1: forgets `m` (the next call loads it again); whether it was loaded.
    public func unload(_ m: Atom) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard !escriptModules.contains(m), let old = modules.removeValue(forKey: m) else { return false }
        retired.append(old)
        failed.remove(m)
        return true
    }

    /// Replaces the code path; modules not found before are looked for again.
    public func setPath(_ dirs: [String]) {
        lock.lock(); defer { lock.unlock() }
        path = dirs
        failed.removeAll()
    }

    /// Loaded modules and where each comes from (escript modules left out).
    public func loadedOrigins() -> [(Atom, ModuleOrigin)] {
        lock.lock(); defer { lock.unlock() }
        let names = Set(modules.keys).union(bifs.keys)
        return names.sorted { $0.name < $1.name }.compactMap { m in
            let o = originLocked(m)
            return o == .notLoaded || m.name.hasPrefix("$") ? nil : (m, o)
        }
    }

    private func originLocked(_ m: Atom) -> ModuleOrigin {
        if escriptModules.contains(m) { return .notLoaded }
        if let mod = modules[m] { return bundled[m.name] != nil ? .preloaded : .file(mod.file) }
        return bifs[m] != nil ? .preloaded : .notLoaded
    }
}

extension ImportEntry {
    /// The cached target, once published (safe to read from any scheduler thread).
    @inline(__always) var target: CallTarget? {
        state.load(ordering: .acquiring) == 2 ? storage : nil
    }

    /// Caches `t`. Racing publishers store the same value; `state` guards readers.
    func publish(_ t: CallTarget) {
        publishLock.lock(); defer { publishLock.unlock() }
        if state.load(ordering: .relaxed) == 2 { return }
        storage = t
        state.store(2, ordering: .releasing)
    }
}

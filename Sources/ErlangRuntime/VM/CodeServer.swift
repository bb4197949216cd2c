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
        let name = m.name
        var source: String?
        var file = "\(name).erl"
        // Library modules are "sticky" as in OTP: a lists.erl beside a script does not
        // replace the bundled lists.
        if let text = bundled[name] { source = text }
        for dir in path where source == nil {
            let candidate = (dir as NSString).appendingPathComponent("\(name).erl")
            if let text = try? String(contentsOfFile: candidate, encoding: .utf8) {
                source = text; file = candidate; break
            }
        }
        guard let src = source else {
            failed.insert(m)
            return nil
        }
        do {
            return try compileAndInstall(source: src, file: file, escript: false, expectedName: name)
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

    private func compileAndInstall(source: String, file: String, escript: Bool, expectedName: String?) throws(CompileFailure) -> LoadedModule {
        guard let compile = compileSource else { throw CompileFailure([]) }
        let (ast, warnings) = try compile(source, file, escript)
        if !warnings.isEmpty { reportDiagnostics?(warnings, source) }
        let fallback = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = ast.name ?? expectedName ?? fallback
        let mod = ModuleCompiler(ast: ast, name: name).compile(escript: escript)
        modules[mod.name] = mod
        failed.remove(mod.name)
        return mod
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

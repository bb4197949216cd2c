import Foundation
import Synchronization

/// The compiled code of one Erlang function clause set (or one fun's body).
///
/// Invariant: once a module is loaded its code never changes and is never freed
/// (modules stay loaded for the VM's life), so the evaluator can refer to it unowned.
final class FunctionCode: @unchecked Sendable {
    let module: Atom
    let name: Atom
    /// Arity as called: for a fun's body, its visible arity (captured values follow the args).
    let arity: Int
    /// The arity stack frames show: `arity`, except for a comprehension's loop, which shows
    /// the arity of OTP's equivalent function (see `FunInfo.traceArity`).
    var traceArity: Int
    var instrs: [Instr] = []
    /// Source line of each instruction (for stack traces).
    var lines: [Int32] = []
    /// The source file of this function when it is not the module's: a function read from an
    /// included file, or placed after a `-file(Name, Line).` attribute.
    var file: String?
    var consts: [Term] = []
    var bitSegments: [BitSegment] = []
    /// Registers this code needs (args included).
    var frameSize: Int = 0
    /// Back-reference to the module, set when the module is assembled.
    unowned(unsafe) var owner: LoadedModule!
    /// The module's function and import tables (see `LoadedModule.freezeFunctionTable`),
    /// reachable without going through `owner`: reading `owner` retains and releases the
    /// module, an atomic operation on one object shared by every scheduler, on each call.
    private(set) var functionTable = LoadedModule.emptyFunctionTable
    private(set) var importTable = LoadedModule.emptyImportTable

    /// Points this code at its module's frozen tables.
    func link(_ functions: UnsafeMutablePointer<Unmanaged<FunctionCode>>, _ imports: UnsafeMutablePointer<Unmanaged<ImportEntry>>) {
        functionTable = functions
        importTable = imports
    }
    /// For funs: number of captured values, and the OTP-style name used when printing.
    var freeCount = 0
    var lambdaIndex = -1
    /// A named fun's body expects the fun itself after its captured values.
    var hasSelf = false
    /// Spawn trampolines are left out of stack traces.
    var isTrampoline = false
    /// Frozen copies of `instrs` and `consts` for the evaluator (never freed: code lives
    /// as long as the VM).
    private(set) var ip: UnsafeMutablePointer<Instr> = UnsafeMutablePointer<Instr>.allocate(capacity: 1)
    private(set) var cp: UnsafeMutablePointer<Term> = UnsafeMutablePointer<Term>.allocate(capacity: 1)

    /// Publishes `instrs`/`consts` to the evaluator. Called once, when compilation ends.
    func freeze() {
        ip = UnsafeMutablePointer<Instr>.allocate(capacity: max(instrs.count, 1))
        ip.initialize(from: instrs, count: instrs.count)
        cp = UnsafeMutablePointer<Term>.allocate(capacity: max(consts.count, 1))
        cp.initialize(from: consts, count: consts.count)
    }

    init(module: Atom, name: Atom, arity: Int) {
        self.module = module; self.name = name; self.arity = arity; self.traceArity = arity
    }
}

/// A bit-syntax segment descriptor (construction or matching).
struct BitSegment {
    enum Kind { case integer, float, binary, bitstring, utf8, utf16, utf32 }
    var kind: Kind
    /// Size in units; nil = default for the type (integer 8, float 64, binary "all").
    var constSize: Int?
    var unit: Int
    var signed: Bool
    var little: Bool
    var native: Bool
}

/// A remote call site's target, resolved on first use and cached.
final class ImportEntry: @unchecked Sendable {
    let module: Atom
    let function: Atom
    let arity: Int
    /// Written once under `publishLock`, then read lock-free once `state` is 2.
    var storage: CallTarget?
    let state = Atomic<Int>(0)
    let publishLock = NSLock()
    init(module: Atom, function: Atom, arity: Int) {
        self.module = module; self.function = function; self.arity = arity
    }
}

enum CallTarget {
    case code(FunctionCode)
    case bif(BIFFunction)
}

/// A loaded module: its functions by name/arity, exports, funs and call-site tables.
final class LoadedModule: @unchecked Sendable {
    let name: Atom
    let file: String
    var functions: [FunctionCode] = []
    var functionIndex: [FunctionKey: Int] = [:]
    var exports: Set<FunctionKey> = []
    var lambdas: [FunctionCode] = []
    var imports: [ImportEntry] = []
    var exportAll = false
    /// The module's attributes as module_info(attributes) lists them (`{Name, [Value]}`).
    var attributes: [Term] = []
    /// Identifies this module's code in printed funs (`#Fun<m.Index.Uniq>`).
    var uniq = 0

    init(name: Atom, file: String) { self.name = name; self.file = file }

    /// `functions` as unretained references, for the evaluator: reading a class reference
    /// out of an Array retains it, and an atomic refcount on code shared by all schedulers
    /// makes its cache line bounce between cores on every call.
    private(set) var functionTable = UnsafeMutablePointer<Unmanaged<FunctionCode>>.allocate(capacity: 1)

    /// `imports` as unretained references, for the evaluator (as `functionTable`).
    private(set) var importTable = UnsafeMutablePointer<Unmanaged<ImportEntry>>.allocate(capacity: 1)

    /// Placeholders for code not (yet) linked to a module; never indexed.
    nonisolated(unsafe) static let emptyFunctionTable = UnsafeMutablePointer<Unmanaged<FunctionCode>>.allocate(capacity: 1)
    nonisolated(unsafe) static let emptyImportTable = UnsafeMutablePointer<Unmanaged<ImportEntry>>.allocate(capacity: 1)

    /// Publishes `functions` and `imports` to the tables and links every function and
    /// fun of the module to them; called once the module is compiled. The tables are
    /// never freed (code lives as long as the VM).
    func freezeFunctionTable() {
        functionTable = UnsafeMutablePointer<Unmanaged<FunctionCode>>.allocate(capacity: max(functions.count, 1))
        for (i, f) in functions.enumerated() { (functionTable + i).initialize(to: Unmanaged.passUnretained(f)) }
        importTable = UnsafeMutablePointer<Unmanaged<ImportEntry>>.allocate(capacity: max(imports.count, 1))
        for (i, e) in imports.enumerated() { (importTable + i).initialize(to: Unmanaged.passUnretained(e)) }
        for c in functions + lambdas { c.owner = self; c.link(functionTable, importTable) }
    }

    func exported(_ name: Atom, _ arity: Int) -> FunctionCode? {
        let key = FunctionKey(name: name, arity: arity)
        guard exportAll || exports.contains(key), let i = functionIndex[key] else { return nil }
        return functions[i]
    }
}

struct FunctionKey: Hashable {
    let name: Atom
    let arity: Int
}

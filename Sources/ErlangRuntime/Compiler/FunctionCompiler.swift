import Foundation
import ErlangSyntax

/// Compiles the clauses of one function (or fun) into register-VM code.
///
/// Register layout of a frame: [arguments][captured values][the fun itself, for named
/// funs][the clause's variables][temporaries]. Every variable of a clause gets its own
/// register before the clause is compiled, so temporaries (always above `top`) never
/// collide with a variable bound later in the clause.
final class FunctionCompiler {
    let mc: ModuleCompiler
    let code: FunctionCode
    var instrs: [Instr] = []
    var lines: [Int32] = []
    /// label id -> instruction index (-1 until placed).
    var labels: [Int] = []
    var vars: [String: Int] = [:]
    var bound: Set<String> = []
    var top = 0
    var maxReg = 0
    var line: Int32
    /// The line of the function's first clause (of the `fun` keyword for a fun): OTP reports
    /// a `function_clause` there, whichever clause was tried last.
    let headLine: Int32
    /// The line of the last call or send emitted so far (the function's first line before
    /// any). OTP locates a process waiting in `receive` there: the wait has no line of its own.
    private(set) var lastCallLine: Int32
    private var constIndex: [Term: Int] = [:]

    init(module: ModuleCompiler, code: FunctionCode, line: Int) {
        self.mc = module
        self.code = code
        self.line = Int32(line)
        self.headLine = Int32(line)
        self.lastCallLine = Int32(line)
    }

    // MARK: emission

    func emit(_ i: Instr) {
        instrs.append(i)
        lines.append(line)
        if i.isCallOrSend { lastCallLine = line }
    }

    func newLabel() -> Int { labels.append(-1); return labels.count - 1 }
    func place(_ l: Int) { labels[l] = instrs.count }

    func const(_ t: Term) -> Int {
        // Floats are not shared: 0.0 and -0.0 are equal keys but print differently.
        if case .float = t {} else if let i = constIndex[t] { return i }
        code.consts.append(t)
        let i = code.consts.count - 1
        if case .float = t {} else { constIndex[t] = i }
        return i
    }

    func allocTemp() -> Int {
        let r = top
        top += 1
        if top > maxReg { maxReg = top }
        return r
    }
    func allocTemps(_ n: Int) -> Int {
        let r = top
        top += n
        if top > maxReg { maxReg = top }
        return r
    }

    func at(_ loc: SourceLocation) { line = Int32(loc.line) }

    // MARK: functions

    /// Compiles `clauses`; arguments arrive in r0..r(arity-1), captured values after them.
    func compileFunction(_ clauses: [Clause], captured: [String], selfName: String?) {
        let arity = code.arity
        var fixed = arity + captured.count
        var baseVars: [String: Int] = [:]
        for (i, n) in captured.enumerated() { baseVars[n] = arity + i }
        if let s = selfName { baseVars[s] = fixed; fixed += 1; code.hasSelf = true }
        maxReg = max(maxReg, fixed)
        for clause in clauses {
            at(clause.loc)
            let next = newLabel()
            vars = baseVars
            bound = Set(baseVars.keys)
            top = fixed
            // Head variables shadow captured ones: give each its own register.
            var names: [String] = []
            VariableScan.names(in: clause.patterns, into: &names)
            let aliased = argumentAliases(clause.patterns)
            for n in names {
                vars[n] = aliased[n] ?? allocTemp()
                bound.remove(n)
            }
            var bodyNames: [String] = []
            VariableScan.names(in: VariableScan.clauseExprs(clause), into: &bodyNames)
            for n in bodyNames where vars[n] == nil { vars[n] = allocTemp() }
            for (i, p) in clause.patterns.enumerated() { compilePattern(p, src: i, fail: next) }
            compileGuard(clause.guards, fail: next)
            compileBody(clause.body, dst: allocTemp(), tail: true)
            place(next)
        }
        line = headLine
        emit(.functionClause)
        finish()
    }

    /// Head variables that can live in their argument's register: a plain variable
    /// argument whose name occurs nowhere else in the head. Argument registers are never
    /// written while a clause runs (temporaries and call bases are all above them; a
    /// tail call overwrites them only as it leaves), so this saves a move per argument.
    private func argumentAliases(_ patterns: [Expr]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, p) in patterns.enumerated() {
            guard case .variable(let n) = p.kind, n != "_" else { continue }
            var others: [String] = []
            VariableScan.names(in: patterns.enumerated().filter { $0.offset != i }.map(\.element), into: &others)
            if !others.contains(n) { out[n] = i }
        }
        return out
    }

    private func finish() {
        fuseReturns()
        code.instrs = instrs.map { $0.relabeled(labels) }
        code.lines = lines
        code.frameSize = maxReg + 1
        code.freeze()
        if FunctionCompiler.dumpCode {
            var out = "\(code.module.name):\(code.name.name)/\(code.arity) frame \(code.frameSize)\n"
            for (i, ins) in code.instrs.enumerated() { out += "  \(i): \(ins)\n" }
            FileHandle.standardError.write(out.data(using: .utf8) ?? Data())
        }
    }

    /// `A + B` as a function's result (`len([_ | T]) -> len(T) + 1`, fib) is one
    /// instruction: `add` into d followed by `ret(d)` becomes `addRet`. The `ret` stays
    /// in place (unreachable unless a jump targets it, in which case nothing is fused).
    private func fuseReturns() {
        let targets = Set(labels)
        for i in 0..<max(instrs.count - 1, 0) where !targets.contains(i + 1) {
            guard case .ret(let s) = instrs[i + 1] else { continue }
            switch instrs[i] {
            case .add(let d, let a, let b) where d == s: instrs[i] = .addRet(a: a, b: b)
            case .addImm(let d, let a, let imm) where d == s: instrs[i] = .addImmRet(a: a, imm: imm)
            default: break
            }
        }
    }

    /// `SWERL_DUMP_CODE=1` prints every compiled function's instructions on stderr
    /// (for working on the compiler and the evaluator).
    static let dumpCode = ProcessInfo.processInfo.environment["SWERL_DUMP_CODE"] == "1"

    // MARK: bodies

    func compileBody(_ body: [Expr], dst: Int, tail: Bool) {
        let saved = top
        for (i, e) in body.enumerated() {
            let last = i == body.count - 1
            if last {
                compileExpr(e, dst: dst, tail: tail)
            } else {
                let scratch = allocTemp()
                compileExpr(e, dst: scratch, tail: false)
                top = saved
            }
        }
        if body.isEmpty { emit(.loadConst(dst: dst, index: const(.atom("ok")))); if tail { emit(.ret(src: dst)) } }
        top = saved
    }

    /// Evaluates `e` into a register: a variable's own register, or a new temporary.
    func operand(_ e: Expr) -> Int {
        if case .variable(let n) = e.kind, let r = vars[n], bound.contains(n) { return r }
        let r = allocTemp()
        compileExpr(e, dst: r, tail: false)
        return r
    }

    /// In tail position, returns the value in `dst`.
    func finishValue(_ dst: Int, tail: Bool) {
        if tail { emit(.ret(src: dst)) }
    }
}

extension Instr {
    /// Whether this instruction calls a function or sends (BEAM gives these a line).
    var isCallOrSend: Bool {
        switch self {
        case .callLocal, .tailCallLocal, .callExt, .tailCallExt, .callDynamic, .tailCallDynamic,
             .callFun, .tailCallFun, .send:
            return true
        default:
            return false
        }
    }

    /// Replaces label ids by instruction indices.
    func relabeled(_ l: [Int]) -> Instr {
        switch self {
        case .jumpUnlessCmp(let op, let a, let b, let f): return .jumpUnlessCmp(op, a: a, b: b, fail: l[f])
        case .jumpUnlessCmpConst(let op, let a, let i, let f): return .jumpUnlessCmpConst(op, a: a, index: i, fail: l[f])
        case .testTuple(let s, let n, let f): return .testTuple(src: s, arity: n, fail: l[f])
        case .testCons(let s, let f): return .testCons(src: s, fail: l[f])
        case .testNil(let s, let f): return .testNil(src: s, fail: l[f])
        case .testMap(let s, let f): return .testMap(src: s, fail: l[f])
        case .testEq(let a, let b, let f): return .testEq(a: a, b: b, fail: l[f])
        case .testConst(let s, let i, let f): return .testConst(src: s, index: i, fail: l[f])
        case .testTrue(let s, let f): return .testTrue(src: s, fail: l[f])
        case .testType(let t, let s, let f): return .testType(t, src: s, fail: l[f])
        case .testRecord(let s, let n, let z, let f): return .testRecord(src: s, name: n, size: z, fail: l[f])
        case .getMapValue(let d, let m, let k, let f): return .getMapValue(dst: d, map: m, key: k, fail: l[f])
        case .bsStart(let s, let o, let f): return .bsStart(src: s, offset: o, fail: l[f])
        case .bsGet(let sg, let b, let o, let d, let z, let f): return .bsGet(segment: sg, bin: b, offset: o, dst: d, size: z, fail: l[f])
        case .bsTestEnd(let b, let o, let f): return .bsTestEnd(bin: b, offset: o, fail: l[f])
        case .jump(let t): return .jump(l[t])
        case .jumpIfTrue(let s, let t): return .jumpIfTrue(src: s, target: l[t])
        case .tryBegin(let h, let d): return .tryBegin(handler: l[h], dst: d)
        case .catchBegin(let h, let d): return .catchBegin(handler: l[h], dst: d)
        case .guardBegin(let f): return .guardBegin(fail: l[f])
        case .recvPeek(let d, let w): return .recvPeek(dst: d, wait: l[w])
        case .recvNext(let lp): return .recvNext(loop: l[lp])
        case .recvWait(let t, let lp): return .recvWait(timeout: t, loop: l[lp])
        default: return self
        }
    }
}

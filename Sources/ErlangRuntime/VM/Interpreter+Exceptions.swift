// Exception unwinding and stack traces.

import HashTreeCollections

extension Interpreter {
    /// OTP's default backtrace depth.
    static let backtraceDepth = 8

    /// Transfers control to the innermost handler, or ends the process when none is left.
    /// Expects p.code/p.pc to be the faulting instruction.
    static func unwind(_ p: ErlProcess, _ e: ErlangError) -> SliceResult? {
        let trace = e.stacktrace ?? stacktrace(p, e)
        while let h = p.handlers.popLast() {
            guard p.frames.count >= h.frameDepth else { continue }
            if p.frames.count > h.frameDepth {
                // Clear the abandoned frames' registers so their values can be freed.
                p.frames.removeLast(p.frames.count - h.frameDepth)
            }
            p.code = h.code; p.pc = h.pc; p.bp = h.bp
            let r = p.regs.base + h.bp
            switch h.kind {
            case .guardFail:
                return nil
            case .tryCatch:
                r[h.dst] = .atom(e.kind)
                r[h.dst + 1] = e.reason
                r[h.dst + 2] = trace
                return nil
            case .catchExpr:
                r[h.dst] = catchValue(e, trace)
                return nil
            }
        }
        p.uncaught = UncaughtException(kind: e.kind, reason: e.reason, stacktrace: trace)
        return .exited(exitReason(e, trace))
    }

    /// Marks an error raised inside a BIF with the BIF and its arguments (the top frame
    /// of OTP's stack trace), unless the BIF was erlang:error/exit/throw themselves.
    static func bifFailure(_ e: ErlangError, _ imp: ImportEntry, _ args: Arguments) -> ErlangError {
        bifFailure(e, imp.module, imp.function, args)
    }

    static func bifFailure(_ e: ErlangError, _ module: Atom, _ function: Atom, _ args: Arguments) -> ErlangError {
        var e = e
        if !e.raisedByCode && e.stacktrace == nil && e.bif == nil {
            e.bif = (module, function)
            e.bifArgs = args.array
        }
        return e
    }

    /// Marks an error raised by an operator instruction with the erlang function of the same
    /// name and its operands: OTP reports `{erlang,'+',[a,1],ErrorInfo}` as the top frame.
    /// (Which operators get the frame follows OTP 25's JIT in the common case; the JIT also
    /// drops it in some contexts, e.g. `id(X) + 1`, that swerl does not tell apart.)
    /// Runs on the error path only; `r` is the faulting frame's registers, still intact
    /// because a failing instruction stores nothing.
    static func operatorFailure(_ e: ErlangError, _ ins: Instr, _ r: UnsafeMutablePointer<Term>) -> ErlangError {
        guard !e.raisedByCode && e.stacktrace == nil && e.bif == nil else { return e }
        let name: String
        let args: [Term]
        switch ins {
        case .add(_, let a, let b), .addRet(let a, let b): name = "+"; args = [r[a], r[b]]
        case .sub(_, let a, let b): name = "-"; args = [r[a], r[b]]
        case .addImm(_, let a, let imm), .addImmRet(let a, let imm): name = "+"; args = [r[a], .int(imm)]
        // OTP 25's JIT raises `X - Constant` and `/` without the operator frame.
        case .subImm, .arith(.fdiv, _, _, _): return e
        case .arith(let op, _, let a, let b): name = op.operatorName; args = [r[a], r[b]]
        case .neg(_, let s): name = "-"; args = [r[s]]
        case .bnot(_, let s): name = "bnot"; args = [r[s]]
        case .not(_, let s): name = "not"; args = [r[s]]
        case .boolOp(let op, _, let a, let b): name = op.operatorName; args = [r[a], r[b]]
        case .append(_, let a, let b): name = "++"; args = [r[a], r[b]]
        case .subtract(_, let a, let b): name = "--"; args = [r[a], r[b]]
        case .send(_, let to, let msg): name = "send"; args = [r[to], r[msg]]
        default: return e
        }
        var e = e
        e.bif = (.erlang, Atom(name))
        e.bifArgs = args
        return e
    }

    /// The location part of a BIF's stack frame: OTP's BIFs carry `{error_info, #{module => M}}`,
    /// M naming the module that explains their errors (erl_erts_errors for erlang's).
    /// A function_clause comes from library code written in Erlang in OTP, which has no such
    /// entry (and a file and line swerl cannot give); an undefined function has none either.
    static func bifFrameInfo(_ module: Atom, _ e: ErlangError) -> Term {
        if e.reason == .atom(.functionClause) || e.reason == .atom(.undef) { return .nil }
        let explainer = module == .erlang ? "erl_erts_errors" : "erl_stdlib_errors"
        var dict = TreeDictionary<Term, Term>()
        dict[.atom("module")] = .atom(explainer)
        let info = Term.map(ErlMap(dict))
        return Term.list([.tuple(.atom("error_info"), info)])
    }

    /// The value of `catch Expr` for an exception.
    static func catchValue(_ e: ErlangError, _ trace: Term) -> Term {
        switch e.kind {
        case .throw: return e.reason
        case .exit: return .tuple(.atom(.EXIT), e.reason)
        default: return .tuple(.atom(.EXIT), .tuple(e.reason, trace))
        }
    }

    /// The exit reason of a process that let `e` escape.
    static func exitReason(_ e: ErlangError, _ trace: Term) -> Term {
        switch e.kind {
        case .exit: return e.reason
        case .throw: return .tuple(.tuple(.atom(.nocatch), e.reason), trace)
        default: return .tuple(e.reason, trace)
        }
    }

    /// Builds `[{M,F,ArityOrArgs,[{file,F},{line,L}]}]` from the process's frames.
    static func stacktrace(_ p: ErlProcess, _ e: ErlangError) -> Term {
        var out: [Term] = []
        if let bif = e.bif {
            out.append(.tuple(.atom(bif.module), .atom(bif.function), Term.list(e.bifArgs ?? []),
                              bifFrameInfo(bif.module, e)))
        }
        if let c = p.code, !c.isTrampoline {
            let arityOrArgs: Term
            if e.bif == nil, let args = e.bifArgs { arityOrArgs = Term.list(args) } else { arityOrArgs = .int(c.traceArity) }
            out.append(frameTerm(c, pc: p.pc, arityOrArgs))
        }
        appendCallers(of: p, to: &out)
        return Term.list(out)
    }

    /// `process_info(P, current_stacktrace)`: where `p` is now, then the calls it will return
    /// to. `p` must be the calling process, or not running (its owner state is then stable
    /// under `p.lock`, which the caller holds).
    static func currentStacktrace(_ p: ErlProcess) -> Term {
        var out: [Term] = []
        if let c = p.code, !c.isTrampoline { out.append(frameTerm(c, pc: p.pc, .int(c.traceArity))) }
        appendCallers(of: p, to: &out)
        return Term.list(out)
    }

    /// `[{M,F,A,[{file,F}]}]` for the function a running process was in when its last slice
    /// ended: the most process_info can tell of a process running on another scheduler.
    static func lastKnownStacktrace(_ p: ErlProcess) -> Term {
        guard let c = p.lastCode, !c.isTrampoline else { return .nil }
        return Term.list([frameTerm(c, pc: -1, .int(c.traceArity))])
    }

    /// Adds `p`'s saved caller frames, innermost first, until `out` holds `backtraceDepth`
    /// entries. As in OTP, callers that would resume at the same instruction one after
    /// another (a body recursion) appear once.
    private static func appendCallers(of p: ErlProcess, to out: inout [Term]) {
        var i = p.frames.count - 1
        var previous: (code: FunctionCode, pc: Int)?
        while i >= 0 && out.count < backtraceDepth {
            let f = p.frames[i]
            i -= 1
            if f.code.isTrampoline { continue }
            if let prev = previous, prev.code === f.code, prev.pc == f.pc { continue }
            previous = (f.code, f.pc)
            out.append(frameTerm(f.code, pc: f.pc - 1, .int(f.code.traceArity)))
        }
    }

    private static func frameTerm(_ c: FunctionCode, pc: Int, _ arity: Term) -> Term {
        var info: [Term] = []
        if let m = c.owner, case let file = c.file ?? m.file, !file.isEmpty {
            info.append(.tuple(.atom("file"), .string(file)))
            if pc >= 0 && pc < c.lines.count {
                info.append(.tuple(.atom("line"), .int(Int(c.lines[pc]))))
            }
        }
        return .tuple(.atom(c.module), .atom(c.name), arity, Term.list(info))
    }
}

/// What killed a process, for error reports and escript's message.
public struct UncaughtException {
    public let kind: Atom
    public let reason: Term
    public let stacktrace: Term
}

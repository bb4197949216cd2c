// Calls the evaluator makes outside its fast path: dynamic M:F(Args), apply, fun calls
// through external funs, and the BIF follow-up actions. These work on the process's
// saved state (p.code / p.pc / p.bp); the run loop reloads its locals afterwards.

extension Interpreter {
    /// Calls M:F with the `argc` arguments at r[base...]; M and F are in r[base+argc], r[base+argc+1].
    /// p.pc must be the instruction after the call. Returns a slice result only if the
    /// process must stop; otherwise p's state is the callee's entry (or the caller after a BIF).
    static func dynamicCall(_ p: ErlProcess, base: Int, argc: Int, tail: Bool) throws(ErlangError) -> SliceResult? {
        let r = p.regs.base + p.bp
        let m = r[base + argc], f = r[base + argc + 1]
        let args = Arguments(base: r + base, count: argc)
        guard case .atom(let mod) = m, case .atom(let fn) = f else {
            // OTP reports a non-atom module or function as a failed erlang:apply/3.
            var e = ErlangError.badarg
            e.bif = (.erlang, Atom("apply"))
            e.bifArgs = [m, f, Term.list(args.array)]
            throw e
        }
        guard let target = p.vm.code.lookup(mod, fn, argc) else {
            throw undefError(mod, fn, args.array)
        }
        return try invoke(p, target, base: base, argc: argc, tail: tail, name: (mod, fn))
    }

    /// Enters `target` (function `name`) with the arguments at r[base...].
    static func invoke(_ p: ErlProcess, _ target: CallTarget, base: Int, argc: Int, tail: Bool,
                       name: (module: Atom, function: Atom)) throws(ErlangError) -> SliceResult? {
        let r = p.regs.base + p.bp
        switch target {
        case .code(let callee):
            if tail {
                for i in 0..<argc { r[i] = r[base + i] }
                enterSaved(p, callee, base: 0)
            } else {
                guard let c = p.code else { return .exited(.atom(.normal)) }
                p.frames.append(Frame(code: c, pc: p.pc, bp: p.bp))
                enterSaved(p, callee, base: base)
            }
            return nil
        case .bif(let fn):
            let args = Arguments(base: r + base, count: argc)
            let v: Term
            do throws(ErlangError) {
                v = try fn(args, p)
            } catch {
                throw bifFailure(error, name.module, name.function, args)
            }
            (p.regs.base + p.bp)[base] = v
            if p.pendingAction != nil { return try performPending(p, base: base, tail: tail) }
            if tail { return returnSaved(p, v) }
            return nil
        }
    }

    /// Calls fun `f` with the arguments at r[base...].
    static func callFunSaved(_ p: ErlProcess, _ f: Term, base: Int, argc: Int, tail: Bool) throws(ErlangError) -> SliceResult? {
        let r = p.regs.base + p.bp
        guard case .fun(let fun) = f else { throw .error(.tuple(.atom(.badfun), f)) }
        guard fun.arity == argc else {
            let args = Term.list(Array(UnsafeBufferPointer(start: r + base, count: argc)))
            throw .error(.tuple(.atom(.badarity), .tuple(f, args)))
        }
        switch fun.kind {
        case .local(let c, let env):
            guard let callee = c as? FunctionCode else { throw .error(.tuple(.atom(.badfun), f)) }
            // Make room for the captured values after the arguments.
            let need = p.bp + base + argc + env.count + 2
            let rr = p.regs.reserve(need) + p.bp
            for (i, v) in env.enumerated() { rr[base + argc + i] = v }
            if callee.hasSelf { rr[base + argc + env.count] = f }
            if tail {
                for i in 0..<(argc + env.count + (callee.hasSelf ? 1 : 0)) { rr[i] = rr[base + i] }
                enterSaved(p, callee, base: 0)
            } else {
                guard let cc = p.code else { return .exited(.atom(.normal)) }
                p.frames.append(Frame(code: cc, pc: p.pc, bp: p.bp))
                enterSaved(p, callee, base: base)
            }
            return nil
        case .external(let m, let fn):
            _ = p.regs.reserve(p.bp + base + argc + 2)
            let rr = p.regs.base + p.bp
            rr[base + argc] = .atom(m)
            rr[base + argc + 1] = .atom(fn)
            return try dynamicCall(p, base: base, argc: argc, tail: tail)
        }
    }

    /// Handles what a BIF asked for (apply, halt, yield, self-exit) after it returned.
    static func performPending(_ p: ErlProcess, base: Int, tail: Bool) throws(ErlangError) -> SliceResult? {
        guard let action = p.pendingAction else { return nil }
        p.pendingAction = nil
        switch action {
        case .halt(let code):
            return .halted(code)
        case .yield:
            if tail, let res = returnSaved(p, .atom(.true)) { return res }
            return .yielded
        case .exitSelf(let reason):
            return .exited(reason)
        case .apply(let m, let f, let args):
            let r = p.regs.reserve(p.bp + base + args.count + 2) + p.bp
            for (i, a) in args.enumerated() { r[base + i] = a }
            r[base + args.count] = m
            r[base + args.count + 1] = f
            return try dynamicCall(p, base: base, argc: args.count, tail: tail)
        case .applyFun(let f, let args):
            let r = p.regs.reserve(p.bp + base + args.count + 2) + p.bp
            for (i, a) in args.enumerated() { r[base + i] = a }
            return try callFunSaved(p, f, base: base, argc: args.count, tail: tail)
        }
    }

    /// Enters `callee` on the saved state (bp moves to the argument base).
    static func enterSaved(_ p: ErlProcess, _ callee: FunctionCode, base: Int) {
        p.bp += base
        _ = p.regs.reserve(p.bp + callee.frameSize)
        p.code = callee
        p.pc = 0
    }

    /// Returns `v` from the saved frame to its caller.
    static func returnSaved(_ p: ErlProcess, _ v: Term) -> SliceResult? {
        guard let f = p.frames.popLast() else { return .exited(.atom(.normal)) }
        let size = p.code?.frameSize ?? 1
        p.regs.base[p.bp] = v
        p.regs.clear(from: p.bp + 1, to: p.bp + size)
        p.code = f.code; p.pc = f.pc; p.bp = f.bp
        return nil
    }

    /// undef: the missing function (with its arguments) is the top frame, the caller's
    /// frames follow, as in OTP.
    static func undefError(_ m: Atom, _ f: Atom, _ args: [Term]) -> ErlangError {
        var e = ErlangError.error(.atom(.undef))
        e.bif = (m, f)
        e.bifArgs = args
        return e
    }
}

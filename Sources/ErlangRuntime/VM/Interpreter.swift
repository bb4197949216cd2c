/// How a time slice of a process ended.
enum SliceResult {
    /// Out of reductions (or erlang:yield): put it back in a run queue.
    case yielded
    /// Blocked in receive with nothing to accept.
    case waiting
    /// The process finished (normally or not) with this exit reason.
    case exited(Term)
    /// halt/0,1 was called.
    case halted(Int32)
}

/// The evaluator: runs one process for up to `budget` reductions.
///
/// This is the one long function of the runtime (like Lua's luaV_execute): the
/// running frame's state is kept in locals (`code`, `pc`, `bp`, `r`) and written back
/// to the process only when the slice ends, a call changes frames, or an exception unwinds.
enum Interpreter {
    static func run(_ p: ErlProcess, budget: Int) -> SliceResult {
        // Unowned: code is never freed (see FunctionCode), and this avoids refcounting per
        // call (and per time slice: a strong copy of code shared by thousands of processes
        // is an atomic on one cache line that every scheduler thread writes).
        guard let startRef = p.codeRef else { return .exited(.atom(.normal)) }
        unowned(unsafe) var code: FunctionCode = startRef.takeUnretainedValue()
        var bp = p.bp
        var r = p.regs.base + bp
        var ip = code.ip
        var k = code.cp
        // The next instruction, as a pointer: dispatch needs no index arithmetic. `pc`
        // is its index in `ip` (set `ip` first when switching functions).
        var next = ip + p.pc
        var pc: Int {
            get { next - ip }
            set { next = ip + newValue }
        }
        p.reductionsLeft = budget
        unowned(unsafe) let vm = p.vm

        /// Saves the running frame's state into the process.
        @inline(__always) func save(_ at: Int) { p.code = code; p.pc = at; p.bp = bp }
        /// Reloads the running frame from the process after out-of-line calls changed it.
        func reload() -> Bool {
            guard let ref = p.codeRef else { return false }
            code = ref.takeUnretainedValue()
            bp = p.bp; r = p.regs.base + bp; ip = code.ip; k = code.cp; pc = p.pc
            return true
        }
        @inline(__always) func enter(_ callee: FunctionCode, base: Int) {
            bp += base
            r = p.regs.reserve(bp + callee.frameSize) + bp
            code = callee; ip = callee.ip; k = callee.cp; pc = 0
        }
        /// Enters local function `f` without touching its reference count.
        @inline(__always) func enterLocal(_ f: Int, base: Int) {
            let entry = code.functionTable[f]
            entry._withUnsafeGuaranteedRef { callee in
                bp += base
                r = p.regs.reserve(bp + callee.frameSize) + bp
                ip = callee.ip; k = callee.cp; pc = 0
            }
            code = entry.takeUnretainedValue()
        }

        /// Returns `v` to the caller frame; nil to continue, or the end of the process.
        @inline(__always) func returnValue(_ v: consuming Term) -> SliceResult? {
            guard let f = p.frames.popLast() else {
                p.regs.clear(from: 0, to: bp + code.frameSize)
                return .exited(.atom(.normal))
            }
            // The callee's registers are left as they are (clearing them on every return
            // is costly); the scheduler clears everything above the live frame when the
            // slice ends, so dead values are freed within one time slice.
            let top = bp + code.frameSize
            if top > p.registerHighWater { p.registerHighWater = top }
            r.set(0, consume v)
            code = f.code; bp = f.bp
            r = p.regs.base + bp; ip = code.ip; k = code.cp; pc = f.pc
            return nil
        }

        while true {
            do throws(ErlangError) {
                while true {
                    let ins = next.pointee
                    next += 1
                    switch ins {
                    case .move(let d, let s):
                        r.copy(d, from: s)
                    case .loadConst(let d, let i):
                        r.set(d, k[i])
                    case .selfPid(let d):
                        r[d] = .pid(p.pid)
                    case .add(let d, let a, let b):
                        if case .int(let x) = r[a], case .int(let y) = r[b] {
                            let (s, o) = x.addingReportingOverflow(y)
                            if !o { r.set(d, .int(s)); continue }
                        }
                        r[d] = try Arith.add(r[a], r[b])
                    case .sub(let d, let a, let b):
                        if case .int(let x) = r[a], case .int(let y) = r[b] {
                            let (s, o) = x.subtractingReportingOverflow(y)
                            if !o { r.set(d, .int(s)); continue }
                        }
                        r[d] = try Arith.sub(r[a], r[b])
                    case .addImm(let d, let a, let imm):
                        if case .int(let x) = r[a] {
                            let (s, o) = x.addingReportingOverflow(imm)
                            if !o { r.set(d, .int(s)); continue }
                        }
                        r[d] = try Arith.add(r[a], .int(imm))
                    case .subImm(let d, let a, let imm):
                        if case .int(let x) = r[a] {
                            let (s, o) = x.subtractingReportingOverflow(imm)
                            if !o { r.set(d, .int(s)); continue }
                        }
                        r[d] = try Arith.sub(r[a], .int(imm))
                    case .addRet(let a, let b):
                        if case .int(let x) = r[a], case .int(let y) = r[b],
                           case (let s, false) = x.addingReportingOverflow(y) {
                            if let res = returnValue(.int(s)) { return res }
                            continue
                        }
                        if let res = returnValue(try Arith.add(r[a], r[b])) { return res }
                    case .addImmRet(let a, let imm):
                        if case .int(let x) = r[a], case (let s, false) = x.addingReportingOverflow(imm) {
                            if let res = returnValue(.int(s)) { return res }
                            continue
                        }
                        if let res = returnValue(try Arith.add(r[a], .int(imm))) { return res }
                    case .arith(let op, let d, let a, let b):
                        r[d] = try arith(op, r[a], r[b])
                    case .neg(let d, let s):
                        r[d] = try Arith.neg(r[s])
                    case .bnot(let d, let s):
                        r[d] = try Arith.bnot(r[s])
                    case .not(let d, let s):
                        guard case .atom(let a) = r[s], a == .true || a == .false else { throw .badarg }
                        r[d] = .bool(a == .false)
                    case .cmp(let op, let d, let a, let b):
                        r[d] = .bool(compare(op, r[a], r[b]))
                    case .jumpUnlessCmp(let op, let a, let b, let fail):
                        if case .int(let x) = r[a], case .int(let y) = r[b] {
                            if !compareInts(op, x, y) { pc = fail }
                            continue
                        }
                        if !compare(op, r[a], r[b]) { pc = fail }
                    case .jumpUnlessCmpConst(let op, let a, let i, let fail):
                        if case .int(let x) = r[a], case .int(let y) = k[i] {
                            if !compareInts(op, x, y) { pc = fail }
                            continue
                        }
                        if !compare(op, r[a], k[i]) { pc = fail }
                    case .boolOp(let op, let d, let a, let b):
                        guard case .atom(let x) = r[a], x == .true || x == .false,
                              case .atom(let y) = r[b], y == .true || y == .false else { throw .badarg }
                        let bx = x == .true, by = y == .true
                        switch op {
                        case .and: r[d] = .bool(bx && by)
                        case .or: r[d] = .bool(bx || by)
                        case .xor: r[d] = .bool(bx != by)
                        }
                    case .makeTuple(let d, let base, let n):
                        r.set(d, .tuple(Tuple.make(moving: r + base, count: n)))
                    case .makeCons(let d, let h, let t):
                        r[d] = .cons(Cons(r[h], r[t]))
                    case .makeMap(let d, let base, let n):
                        r[d] = makeMap(r + base, n)
                    case .mapPut(let d, let m, let key, let v, let exact):
                        r[d] = try mapPut(r[m], r[key], r[v], exact: exact)
                    case .checkMap(let s):
                        guard case .map = r[s] else { throw .badmap(r[s]) }
                    case .makeFun(let d, let lambda, let base, let n):
                        r[d] = makeFun(code.owner, lambda, r + base, n)
                    case .makeBinary(let d, let first, let n, let base):
                        r[d] = try BitBuilder.build(code.bitSegments, first: first, count: n, regs: r + base)
                    case .append(let d, let a, let b):
                        r[d] = try ListOps.append(r[a], r[b])
                        p.charge(1)
                    case .subtract(let d, let a, let b):
                        r[d] = try ListOps.subtract(r[a], r[b])

                    case .testTuple(let s, let n, let fail):
                        if case .tuple(let t) = r[s], t.count == n { continue }
                        pc = fail
                    case .testCons(let s, let fail):
                        if case .cons = r[s] { continue }
                        pc = fail
                    case .testNil(let s, let fail):
                        if case .nil = r[s] { continue }
                        pc = fail
                    case .testMap(let s, let fail):
                        if case .map = r[s] { continue }
                        pc = fail
                    case .testEq(let a, let b, let fail):
                        if !(r[a] == r[b]) { pc = fail }
                    case .testConst(let s, let i, let fail):
                        if case .int(let x) = r[s], case .int(let y) = k[i] {
                            if x != y { pc = fail }
                            continue
                        }
                        if case .atom(let x) = r[s], case .atom(let y) = k[i] {
                            if x != y { pc = fail }
                            continue
                        }
                        if !(r[s] == k[i]) { pc = fail }
                    case .testTrue(let s, let fail):
                        if case .atom(let a) = r[s], a == .true { continue }
                        pc = fail
                    case .testType(let t, let s, let fail):
                        if !typeTest(t, r[s]) { pc = fail }
                    case .testRecord(let s, let name, let size, let fail):
                        if case .tuple(let t) = r[s], t.count == size, t[0] == k[name] { continue }
                        pc = fail
                    case .getElement(let d, let s, let i):
                        if case .tuple(let t) = r[s] { r.set(d, t[i]) }
                    case .getHead(let d, let s):
                        if case .cons(let c) = r[s] { r.set(d, c.head) }
                    case .getTail(let d, let s):
                        if case .cons(let c) = r[s] { r.set(d, c.tail) }
                    case .getMapValue(let d, let m, let key, let fail):
                        if case .map(let mp) = r[m], let v = mp.dict[r[key]] { r[d] = v } else { pc = fail }
                    case .bsStart(let s, let off, let fail):
                        if case .binary = r[s] { r[off] = .int(0) } else { pc = fail }
                    case .bsGet(let seg, let b, let off, let d, let sz, let fail):
                        if !BitMatcher.get(code.bitSegments[seg], r[b], offset: &r[off], size: sz >= 0 ? r[sz] : nil, into: &r[d]) {
                            pc = fail
                        }
                    case .bsTestEnd(let b, let off, let fail):
                        if case .binary(let bits) = r[b], case .int(let o) = r[off], o == bits.bitCount { continue }
                        pc = fail

                    case .recordGet(let d, let s, let name, let size, let i):
                        guard case .tuple(let t) = r[s], t.count == size, t[0] == k[name] else {
                            throw .error(.tuple(.atom(.badrecord), r[s]))
                        }
                        r[d] = t[i]
                    case .recordSet(let d, let s, let name, let size, let i, let v):
                        guard case .tuple(let t) = r[s], t.count == size, t[0] == k[name] else {
                            throw .error(.tuple(.atom(.badrecord), r[s]))
                        }
                        r[d] = .tuple(t.replacing(i, with: r[v]))

                    case .jump(let t):
                        pc = t
                    case .jumpIfTrue(let s, let t):
                        if case .atom(let a) = r[s], a == .true { pc = t }

                    case .callLocal(let f, let base, _):
                        p.reductionsLeft -= 1
                        if p.reductionsLeft <= 0 { save(pc - 1); return .yielded }
                        p.frames.append(Frame(code: code, pc: pc, bp: bp))
                        enterLocal(f, base: base)
                    case .tailCallLocal(let f, let n, let base, let keep):
                        p.reductionsLeft -= 1
                        if p.reductionsLeft <= 0 { save(pc - 1); return .yielded }
                        r.moveArguments(from: base, count: n, keep: keep)
                        enterLocal(f, base: 0)
                    case .callExt(let idx, let base, let n), .tailCallExt(let idx, let base, let n):
                        p.reductionsLeft -= 1
                        if p.reductionsLeft <= 0 { save(pc - 1); return .yielded }
                        let imp = code.importTable[idx].takeUnretainedValue()
                        let target: CallTarget
                        if let t = imp.target { target = t } else { target = try vm.code.resolve(imp, args: r + base) }
                        let isTail: Bool
                        if case .tailCallExt = ins { isTail = true } else { isTail = false }
                        switch target {
                        case .code(let callee):
                            if isTail {
                                r.moveArguments(from: base, count: n)
                                enter(callee, base: 0)
                            } else {
                                p.frames.append(Frame(code: code, pc: pc, bp: bp))
                                enter(callee, base: base)
                            }
                        case .bif(let fn):
                            save(pc - 1)
                            let v: Term
                            do throws(ErlangError) {
                                v = try fn(Arguments(base: r + base, count: n), p)
                            } catch {
                                throw bifFailure(error, imp, Arguments(base: r + base, count: n))
                            }
                            r[base] = v
                            if p.pendingAction != nil {
                                save(pc)
                                if let res = try performPending(p, base: base, tail: isTail) { return res }
                                if !reload() { return .exited(.atom(.normal)) }
                                continue
                            }
                            if isTail {
                                // A BIF in tail position returns its result from this frame.
                                if let res = returnValue(v) { return res }
                            }
                        }
                    case .callFun(let base, let n), .tailCallFun(let base, let n):
                        p.reductionsLeft -= 1
                        if p.reductionsLeft <= 0 { save(pc - 1); return .yielded }
                        var isTail = false
                        if case .tailCallFun = ins { isTail = true }
                        let f = r[base + n]
                        guard case .fun(let fun) = f else { throw .error(.tuple(.atom(.badfun), f)) }
                        guard fun.arity == n else {
                            let args = Term.list(Array(UnsafeBufferPointer(start: r + base, count: n)))
                            throw .error(.tuple(.atom(.badarity), .tuple(f, args)))
                        }
                        switch fun.kind {
                        case .local(let c, let env):
                            guard let callee = c as? FunctionCode else { throw .error(.tuple(.atom(.badfun), f)) }
                            let dst = isTail ? 0 : base
                            r = p.regs.reserve(bp + base + n + env.count + 2) + bp
                            if isTail { r.moveArguments(from: base, count: n) }
                            for (i, v) in env.enumerated() { r[dst + n + i] = v }
                            if callee.hasSelf { r[dst + n + env.count] = f }
                            if !isTail { p.frames.append(Frame(code: code, pc: pc, bp: bp)) }
                            enter(callee, base: dst)
                        case .external(let m, let fn):
                            r = p.regs.reserve(bp + base + n + 2) + bp
                            r[base + n] = .atom(m)
                            r[base + n + 1] = .atom(fn)
                            save(pc)
                            if let res = try dynamicCall(p, base: base, argc: n, tail: isTail) { return res }
                            if !reload() { return .exited(.atom(.normal)) }
                        }
                    case .callDynamic(let base, let n), .tailCallDynamic(let base, let n):
                        p.reductionsLeft -= 1
                        if p.reductionsLeft <= 0 { save(pc - 1); return .yielded }
                        var isTail = false
                        if case .tailCallDynamic = ins { isTail = true }
                        save(pc)
                        if let res = try dynamicCall(p, base: base, argc: n, tail: isTail) { return res }
                        if !reload() { return .exited(.atom(.normal)) }
                    case .ret(let s):
                        // The callee's frame is dead: move the value out instead of copying.
                        if let res = returnValue(r.take(s)) { return res }

                    case .raise(let kind, let s):
                        throw raiseError(kind, r[s])
                    case .functionClause:
                        var e = ErlangError.error(.atom(.functionClause))
                        e.bifArgs = Array(UnsafeBufferPointer(start: r, count: code.arity))
                        throw e
                    case .reraise(let s):
                        guard case .atom(let cls) = r[s] else { throw .badarg }
                        throw ErlangError(cls, r[s + 1], stacktrace: r[s + 2])

                    case .tryBegin(let h, let d):
                        p.handlers.append(Handler(kind: .tryCatch, frameDepth: p.frames.count, code: code, pc: h, bp: bp, dst: d))
                    case .catchBegin(let h, let d):
                        p.handlers.append(Handler(kind: .catchExpr, frameDepth: p.frames.count, code: code, pc: h, bp: bp, dst: d))
                    case .guardBegin(let f):
                        p.handlers.append(Handler(kind: .guardFail, frameDepth: p.frames.count, code: code, pc: f, bp: bp, dst: 0))
                    case .tryEnd, .catchEnd, .guardEnd:
                        p.handlers.removeLast()

                    case .send(let d, let to, let msg):
                        try vm.send(from: p, to: r[to], r[msg])
                        r[d] = r[msg]
                    case .recvPeek(let d, let wait):
                        if p.cursor < p.queueHead { p.cursor = p.queueHead }
                        if p.cursor >= p.queue.count { p.drainInbox() }
                        if p.cursor < p.queue.count {
                            r[d] = p.queue[p.cursor]
                        } else {
                            pc = wait
                        }
                    case .recvNext(let loop):
                        p.cursor += 1
                        pc = loop
                    case .recvAccept:
                        p.removeAtCursor()
                        if p.timerArmed { vm.timers.disarm(p) }
                    case .recvWait(let t, let loop):
                        if p.drainInbox() || p.cursor < p.queue.count { pc = loop; continue }
                        var timeout: Int? = nil
                        if t >= 0 {
                            switch r[t] {
                            case .int(let ms) where ms >= 0: timeout = ms
                            case .atom(let a) where a == .infinity: timeout = nil
                            case .big: timeout = nil
                            default: throw .error(.atom("timeout_value"))
                            }
                        }
                        if timeout == 0 {
                            p.cursor = p.queueHead
                            continue
                        }
                        if p.timerArmed && vm.timers.hasFired(p) {
                            vm.timers.disarm(p)
                            p.cursor = p.queueHead
                            continue
                        }
                        if let ms = timeout, !p.timerArmed { vm.timers.arm(p, afterMs: ms) }
                        save(pc - 1)
                        return .waiting
                    }
                }
            } catch {
                // pc - 1 is the faulting instruction (for the stack trace's line).
                save(max(pc - 1, 0))
                let e = pc > 0 ? operatorFailure(error, ip[pc - 1], r) : error
                if let res = unwind(p, e) { return res }
                if !reload() { return .exited(.atom(.normal)) }
            }
        }

    }
}

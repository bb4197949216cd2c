import ErlangSyntax

extension FunctionCompiler {
    // MARK: calls

    func compileCall(_ callee: Expr, _ args: [Expr], dst: Int, tail: Bool, loc: SourceLocation) {
        let argc = args.count
        switch callee.kind {
        case .atom(let name):
            if let special = compileSpecialCall(name, args, dst: dst) {
                if special { finishValue(dst, tail: tail) }
                return
            }
            if tail, let idx = mc.localIndex[FunctionName(name, argc)] {
                compileLocalTailCall(idx, args)
                return
            }
            let base = pushArgs(args, extra: 0, dst: dst)
            if let idx = mc.localIndex[FunctionName(name, argc)] {
                emit(.callLocal(function: idx, base: base, argc: argc))
            } else {
                let m = mc.imports[FunctionName(name, argc)] ?? "erlang"
                let imp = mc.importIndex(module: m, function: name, arity: argc)
                if tail { emit(.tailCallExt(importIndex: imp, base: base, argc: argc)); return }
                emit(.callExt(importIndex: imp, base: base, argc: argc))
            }
            if base != dst { emit(.move(dst: dst, src: base)) }
            finishValue(dst, tail: tail)
        case .remote(let m, let f):
            if case .atom(let mn) = m.kind, case .atom(let fname) = f.kind {
                let base = pushArgs(args, extra: 0, dst: dst)
                let (im, ifn) = Self.inlinedRemote(mn, fname, argc) ?? (mn, fname)
                let imp = mc.importIndex(module: im, function: ifn, arity: argc)
                if tail { emit(.tailCallExt(importIndex: imp, base: base, argc: argc)); return }
                emit(.callExt(importIndex: imp, base: base, argc: argc))
                if base != dst { emit(.move(dst: dst, src: base)) }
                finishValue(dst, tail: tail)
                return
            }
            let base = pushArgs(args, extra: 2, dst: dst)
            compileExpr(m, dst: base + argc, tail: false)
            compileExpr(f, dst: base + argc + 1, tail: false)
            if tail { emit(.tailCallDynamic(base: base, argc: argc)); return }
            emit(.callDynamic(base: base, argc: argc))
            if base != dst { emit(.move(dst: dst, src: base)) }
            finishValue(dst, tail: tail)
        default:
            let base = pushArgs(args, extra: 1, dst: dst)
            compileExpr(callee, dst: base + argc, tail: false)
            if tail { emit(.tailCallFun(base: base, argc: argc)); return }
            emit(.callFun(base: base, argc: argc))
            if base != dst { emit(.move(dst: dst, src: base)) }
            finishValue(dst, tail: tail)
        }
    }

    /// erlc compiles these maps calls as the erlang BIFs that do the same, so their errors name
    /// the BIF (`{erlang,map_get,[K,M],...}` in the stack trace, `map_get/2` in escript's message).
    static func inlinedRemote(_ module: String, _ function: String, _ arity: Int) -> (String, String)? {
        guard module == "maps" else { return nil }
        switch (function, arity) {
        case ("get", 2): return ("erlang", "map_get")
        case ("is_key", 2): return ("erlang", "is_map_key")
        case ("size", 1): return ("erlang", "map_size")
        default: return nil
        }
    }

    /// A local tail call. An argument that is the variable already living in its
    /// argument register (`loop(State, N + 1)` passing `State` on) is neither
    /// evaluated nor copied; `keep` has a bit set for each such argument.
    private func compileLocalTailCall(_ function: Int, _ args: [Expr]) {
        let base = allocTemps(args.count)
        var keep = 0
        for (i, a) in args.enumerated() {
            if i < 63, case .variable(let n) = a.kind, vars[n] == i, bound.contains(n) {
                keep |= 1 << i
                continue
            }
            compileExpr(a, dst: base + i, tail: false)
        }
        emit(.tailCallLocal(function: function, argc: args.count, base: base, keep: keep))
    }

    /// Evaluates arguments into consecutive new registers; `extra` more are reserved
    /// after them. When `dst` is the newest register (nothing live above it) the call
    /// frame starts at `dst` itself, so the result needs no move afterwards.
    private func pushArgs(_ args: [Expr], extra: Int, dst: Int) -> Int {
        let n = args.count + extra
        let base: Int
        if dst == top - 1 {
            base = dst
            if n > 1 { _ = allocTemps(n - 1) }
        } else {
            base = allocTemps(n)
        }
        for (i, a) in args.enumerated() { compileExpr(a, dst: base + i, tail: false) }
        return base
    }

    /// Calls resolved at compile time (record_info/2, is_record/2). Returns nil when
    /// `name` is an ordinary call.
    private func compileSpecialCall(_ name: String, _ args: [Expr], dst: Int) -> Bool? {
        guard mc.localIndex[FunctionName(name, args.count)] == nil else { return nil }
        switch (name, args.count) {
        case ("self", 0):
            // A BIF call costs a closure call through reabstraction thunks; self() is in
            // every request a client sends.
            guard mc.imports[FunctionName(name, 0)] == nil else { return nil }
            emit(.selfPid(dst: dst))
            return true
        case ("record_info", 2):
            guard case .atom(let what) = args[0].kind, case .atom(let rec) = args[1].kind else { return nil }
            let fields = mc.records[rec] ?? []
            let value: Term = what == "size" ? .int(fields.count + 1) : Term.list(fields.map { Term.atom($0.name) })
            emit(.loadConst(dst: dst, index: const(value)))
            return true
        case ("is_record", 2):
            guard case .atom(let rec) = args[1].kind, let fields = mc.records[rec] else { return nil }
            let r = operand(args[0])
            let no = newLabel(), end = newLabel()
            emit(.testRecord(src: r, name: const(.atom(rec)), size: fields.count + 1, fail: no))
            emit(.loadConst(dst: dst, index: const(.true)))
            emit(.jump(end))
            place(no)
            emit(.loadConst(dst: dst, index: const(.false)))
            place(end)
            return true
        default:
            return nil
        }
    }

    // MARK: case / if

    /// Binds the clause's variables and checks its patterns and guards against `src`,
    /// jumping to `fail` on mismatch.
    func compileClauseHead(_ c: Clause, src: Int, fail: Int) {
        if let p = c.patterns.first { compilePattern(p, src: src, fail: fail) }
        compileGuard(c.guards, fail: fail)
    }

    /// Labels that let consecutive clauses matching tuples of one arity on the same
    /// subject share the tuple test: `entry` is placed in this clause right after its
    /// `testTuple`, and `exit` is the next clause's `entry`, where this clause goes
    /// when it fails after its own tuple test passed (the next clause's test would
    /// pass too). In a receive loop like `{token, 0} -> ...; {token, K} -> ...` this
    /// saves re-testing every message's shape.
    struct SharedTupleTest {
        var entry: Int?
        var exit: Int?
    }

    /// The shared-tuple-test labels for each of `clauses`, matched on one subject.
    func sharedTupleTests(_ clauses: [Clause]) -> [SharedTupleTest] {
        var out = clauses.map { _ in SharedTupleTest() }
        for i in 0..<max(clauses.count - 1, 0) {
            guard let a = decomposedTupleArity(clauses[i].patterns.first),
                  a == decomposedTupleArity(clauses[i + 1].patterns.first) else { continue }
            let l = newLabel()
            out[i].exit = l
            out[i + 1].entry = l
        }
        return out
    }

    /// `compileClauseHead` with the tuple test shared as `shared` says.
    func compileClauseHead(_ c: Clause, src: Int, fail: Int, shared: SharedTupleTest) {
        guard shared.entry != nil || shared.exit != nil,
              let p = c.patterns.first, case .tuple(let xs) = p.kind else {
            compileClauseHead(c, src: src, fail: fail)
            return
        }
        emit(.testTuple(src: src, arity: xs.count, fail: fail))
        if let l = shared.entry { place(l) }
        let afterShape = shared.exit ?? fail
        matchTupleElements(xs, src: src, fail: afterShape)
        compileGuard(c.guards, fail: afterShape)
    }

    func compileCase(_ r: Int, _ clauses: [Clause], dst: Int, tail: Bool) {
        let end = newLabel()
        let boundBefore = bound
        var boundAfter = bound
        let shared = sharedTupleTests(clauses)
        for (i, c) in clauses.enumerated() {
            at(c.loc)
            bound = boundBefore
            let next = newLabel()
            compileClauseHead(c, src: r, fail: next, shared: shared[i])
            compileBody(c.body, dst: dst, tail: tail)
            if !tail { emit(.jump(end)) }
            boundAfter.formUnion(bound)
            place(next)
        }
        emit(.raise(.caseClause, src: r))
        place(end)
        bound = boundAfter
    }

    func compileIf(_ clauses: [Clause], dst: Int, tail: Bool) {
        let end = newLabel()
        let boundBefore = bound
        var boundAfter = bound
        for c in clauses {
            at(c.loc)
            bound = boundBefore
            let next = newLabel()
            compileGuard(c.guards, fail: next)
            compileBody(c.body, dst: dst, tail: tail)
            if !tail { emit(.jump(end)) }
            boundAfter.formUnion(bound)
            place(next)
        }
        emit(.raise(.ifClause, src: 0))
        place(end)
        bound = boundAfter
    }

    // MARK: receive

    func compileReceive(_ clauses: [Clause], after: AfterClause?, dst: Int, tail: Bool) {
        let end = newLabel(), loop = newLabel(), wait = newLabel()
        var timeoutReg = -1
        if let a = after { timeoutReg = operand(a.timeout) }
        // Where OTP locates a waiting process (and a bad timeout value): see `lastCallLine`.
        // The clause bodies, compiled before the wait, do not count.
        let waitLine = lastCallLine
        let msg = allocTemp()
        let boundBefore = bound
        var boundAfter = bound
        place(loop)
        emit(.recvPeek(dst: msg, wait: wait))
        let shared = sharedTupleTests(clauses)
        for (i, c) in clauses.enumerated() {
            at(c.loc)
            bound = boundBefore
            let next = newLabel()
            compileClauseHead(c, src: msg, fail: next, shared: shared[i])
            emit(.recvAccept)
            compileBody(c.body, dst: dst, tail: tail)
            if !tail { emit(.jump(end)) }
            boundAfter.formUnion(bound)
            place(next)
        }
        emit(.recvNext(loop: loop))
        place(wait)
        let clauseLine = line
        line = waitLine
        emit(.recvWait(timeout: timeoutReg, loop: loop))
        line = clauseLine
        bound = boundBefore
        if let a = after {
            compileBody(a.body, dst: dst, tail: tail)
            boundAfter.formUnion(bound)
        }
        place(end)
        bound = boundAfter
    }

    // MARK: try

    func compileTry(body: [Expr], ofClauses: [Clause], catches: [CatchClause], after: [Expr], dst: Int, tail: Bool) {
        if !after.isEmpty {
            // try ... after A end  ==  protect the whole inner try; run A on both paths.
            let exc = allocTemps(3)
            let handler = newLabel(), end = newLabel()
            emit(.tryBegin(handler: handler, dst: exc))
            compileTry(body: body, ofClauses: ofClauses, catches: catches, after: [], dst: dst, tail: false)
            emit(.tryEnd)
            let scratch = allocTemp()
            compileBody(after, dst: scratch, tail: false)
            emit(.jump(end))
            place(handler)
            compileBody(after, dst: scratch, tail: false)
            emit(.reraise(src: exc))
            place(end)
            finishValue(dst, tail: tail)
            return
        }
        if catches.isEmpty && ofClauses.isEmpty {
            compileBody(body, dst: dst, tail: false)
            finishValue(dst, tail: tail)
            return
        }
        let exc = allocTemps(3)
        let handler = newLabel(), end = newLabel()
        let boundBefore = bound
        emit(.tryBegin(handler: handler, dst: exc))
        let value = allocTemp()
        compileBody(body, dst: value, tail: false)
        emit(.tryEnd)
        var boundAfter = bound
        if ofClauses.isEmpty {
            emit(.move(dst: dst, src: value))
            emit(.jump(end))
        } else {
            let boundBody = bound
            // Of- and catch-clause bodies run outside the protected region, so in tail
            // position their last calls are tail calls (as in OTP).
            for c in ofClauses {
                bound = boundBody
                let next = newLabel()
                compileClauseHead(c, src: value, fail: next)
                compileBody(c.body, dst: dst, tail: tail)
                if !tail { emit(.jump(end)) }
                boundAfter.formUnion(bound)
                place(next)
            }
            emit(.raise(.tryClause, src: value))
        }
        place(handler)
        for c in catches {
            at(c.loc)
            bound = boundBefore
            let next = newLabel()
            if let cp = c.classPattern {
                compilePattern(cp, src: exc, fail: next)
            } else {
                emit(.testConst(src: exc, index: const(.atom("throw")), fail: next))
            }
            compilePattern(c.reason, src: exc + 1, fail: next)
            if let s = c.stacktrace, let r = vars[s] {
                emit(.move(dst: r, src: exc + 2))
                bound.insert(s)
            }
            compileGuard(c.guards, fail: next)
            compileBody(c.body, dst: dst, tail: tail)
            if !tail { emit(.jump(end)) }
            boundAfter.formUnion(bound)
            place(next)
        }
        emit(.reraise(src: exc))
        place(end)
        bound = boundAfter
        finishValue(dst, tail: tail)
    }
}

import ErlangSyntax

extension FunctionCompiler {
    // MARK: guards

    /// Guard sequence `G1 ; G2 ; ...`: falls through when one alternative holds,
    /// jumps to `fail` when none does.
    func compileGuard(_ guards: [[Expr]], fail: Int) {
        guard !guards.isEmpty else { return }
        let ok = newLabel()
        for (i, alt) in guards.enumerated() {
            let last = i == guards.count - 1
            let altFail = last ? fail : newLabel()
            compileGuardConjunction(alt, fail: altFail)
            if !last {
                emit(.jump(ok))
                place(altFail)
            }
        }
        place(ok)
    }

    /// `T1, T2, ...`: each test must be `true`. An exception inside makes the guard fail,
    /// so tests that can raise run under a guard handler.
    private func compileGuardConjunction(_ tests: [Expr], fail: Int) {
        let saved = top
        defer { top = saved }
        let mayRaise = tests.contains { guardMayRaise($0) }
        if !mayRaise {
            for t in tests { compileGuardTest(t, fail: fail) }
            return
        }
        let handler = newLabel(), innerFail = newLabel(), ok = newLabel()
        emit(.guardBegin(fail: handler))
        for t in tests { compileGuardTest(t, fail: innerFail) }
        emit(.guardEnd)
        emit(.jump(ok))
        place(innerFail)
        emit(.guardEnd)
        emit(.jump(fail))
        place(handler)
        emit(.jump(fail))
        place(ok)
    }

    private func compileGuardTest(_ t: Expr, fail: Int) {
        let saved = top
        defer { top = saved }
        switch t.kind {
        case .atom("true"):
            return
        case .binaryOp(let op, let a, let b):
            if let c = cmpOp(op) {
                if let k = constValue(b) {
                    emit(.jumpUnlessCmpConst(c, a: operand(a), index: const(k), fail: fail))
                    return
                }
                let ra = operand(a), rb = operand(b)
                emit(.jumpUnlessCmp(c, a: ra, b: rb, fail: fail))
                return
            }
            if op == "andalso" || op == "and" {
                compileGuardTest(a, fail: fail)
                compileGuardTest(b, fail: fail)
                return
            }
            if op == "orelse" || op == "or" {
                let ok = newLabel(), second = newLabel()
                compileGuardTest(a, fail: second)
                emit(.jump(ok))
                place(second)
                compileGuardTest(b, fail: fail)
                place(ok)
                return
            }
        case .call(let callee, let args):
            if let test = typeTest(callee, args.count) {
                let r = operand(args[0])
                emit(.testType(test, src: r, fail: fail))
                return
            }
        default: break
        }
        let r = operand(t)
        emit(.testTrue(src: r, fail: fail))
    }

    private func typeTest(_ callee: Expr, _ argc: Int) -> TypeTest? {
        guard argc == 1 else { return nil }
        var name: String
        switch callee.kind {
        case .atom(let n): name = n
        case .remote(let m, let f):
            guard case .atom("erlang") = m.kind, case .atom(let n) = f.kind else { return nil }
            name = n
        default: return nil
        }
        if mc.localIndex[FunctionName(name, 1)] != nil, case .atom = callee.kind { return nil }
        switch name {
        case "is_atom": return .atom
        case "is_integer": return .integer
        case "is_float": return .float
        case "is_number": return .number
        case "is_list": return .list
        case "is_tuple": return .tuple
        case "is_map": return .map
        case "is_binary": return .binary
        case "is_bitstring": return .bitstring
        case "is_pid": return .pid
        case "is_reference": return .reference
        case "is_function": return .function
        case "is_boolean": return .boolean
        default: return nil
        }
    }

    /// Whether evaluating guard test `e` could raise (arithmetic, BIF calls, map/record access).
    private func guardMayRaise(_ e: Expr) -> Bool {
        switch e.kind {
        case .variable, .atom, .integer, .float, .char, .string, .nil, .bigInteger: return false
        case .binaryOp(let op, let a, let b):
            if cmpOp(op) != nil || ["andalso", "orelse", "and", "or"].contains(op) {
                return guardMayRaise(a) || guardMayRaise(b) || (["and", "or"].contains(op))
            }
            return true
        case .call(let callee, let args):
            if typeTest(callee, args.count) != nil { return guardMayRaise(args[0]) }
            return true
        case .tuple(let xs): return xs.contains { guardMayRaise($0) }
        case .cons(let h, let t): return guardMayRaise(h) || guardMayRaise(t)
        default: return true
        }
    }

    // MARK: patterns

    /// Matches the value in `src` against pattern `p`, binding its unbound variables;
    /// jumps to `fail` on mismatch.
    func compilePattern(_ p: Expr, src: Int, fail: Int) {
        // Atomic literals compare in one instruction; literal tuples and lists are
        // taken apart like other patterns (a whole-term compare costs more).
        if let c = constValue(p), c.isAtomic || !isDecomposable(p) {
            emit(.testConst(src: src, index: const(c), fail: fail))
            return
        }
        switch p.kind {
        case .variable(let n):
            if n == "_" || n.hasPrefix("_") && vars[n] == nil { return }
            guard let r = vars[n] else { return }
            if bound.contains(n) {
                emit(.testEq(a: src, b: r, fail: fail))
            } else {
                if r != src { emit(.move(dst: r, src: src)) }
                bound.insert(n)
            }
        case .tuple(let xs):
            emit(.testTuple(src: src, arity: xs.count, fail: fail))
            matchTupleElements(xs, src: src, fail: fail)
        case .cons:
            var cur = src
            var t = p
            while case .cons(let h, let rest) = t.kind {
                emit(.testCons(src: cur, fail: fail))
                let c = cur
                matchElement(h, fail: fail) { emit(.getHead(dst: $0, src: c)) }
                if constValue(rest) != nil || !isCons(rest) {
                    let tr = subjectRegister(rest)
                    emit(.getTail(dst: tr, src: c))
                    compilePattern(rest, src: tr, fail: fail)
                    return
                }
                let tr = allocTemp()
                emit(.getTail(dst: tr, src: c))
                cur = tr
                t = rest
            }
        case .match(let a, let b):
            compilePattern(a, src: src, fail: fail)
            compilePattern(b, src: src, fail: fail)
        case .map(_, let fields):
            emit(.testMap(src: src, fail: fail))
            for f in fields {
                let k = operand(f.key)
                if case .variable(let n) = f.value.kind, n == "_" || (n.hasPrefix("_") && vars[n] == nil) {
                    // `K := _` still requires the key: look it up into a scratch register.
                    emit(.getMapValue(dst: allocTemp(), map: src, key: k, fail: fail))
                    continue
                }
                matchElement(f.value, fail: fail) { emit(.getMapValue(dst: $0, map: src, key: k, fail: fail)) }
            }
        case .record(_, let name, let fields):
            let decl = mc.records[name] ?? []
            emit(.testRecord(src: src, name: const(.atom(name)), size: decl.count + 1, fail: fail))
            let all = fields.first { $0.name == "_" }?.value
            for (i, d) in decl.enumerated() {
                guard let fp = fields.first(where: { $0.name == d.name })?.value ?? all else { continue }
                matchElement(fp, fail: fail) { emit(.getElement(dst: $0, src: src, index: i + 1)) }
            }
        case .binaryOp("++", let prefix, let rest):
            guard let pv = constValue(prefix), let chars = pv.listElements else { emit(.jump(fail)); return }
            var cur = src
            for ch in chars {
                emit(.testCons(src: cur, fail: fail))
                let h = allocTemp()
                emit(.getHead(dst: h, src: cur))
                emit(.testConst(src: h, index: const(ch), fail: fail))
                let t = allocTemp()
                emit(.getTail(dst: t, src: cur))
                cur = t
            }
            compilePattern(rest, src: cur, fail: fail)
        case .binary(let segs):
            compileBinaryPattern(segs, src: src, fail: fail)
        default:
            emit(.jump(fail))
        }
    }

    func isDecomposable(_ e: Expr) -> Bool {
        switch e.kind {
        case .tuple, .cons: return true
        default: return false
        }
    }

    private func isCons(_ e: Expr) -> Bool { if case .cons = e.kind { return true }; return false }

    /// Register to extract a sub-term into: the variable's own register when the
    /// sub-pattern is a fresh variable (saves a move), else a temporary.
    private func subjectRegister(_ p: Expr) -> Int {
        if case .variable(let n) = p.kind, !bound.contains(n), let r = vars[n] { return r }
        return allocTemp()
    }

    /// Extracts a sub-term with `load` (unless the pattern ignores it) and matches it.
    /// The arity of `p` when it is a tuple pattern matched element by element (which
    /// starts with a `testTuple` on its subject).
    func decomposedTupleArity(_ p: Expr?) -> Int? {
        guard let p, case .tuple(let xs) = p.kind else { return nil }
        if let c = constValue(p), c.isAtomic || !isDecomposable(p) { return nil }
        return xs.count
    }

    /// Matches the elements of tuple pattern `xs` on `src` after its `testTuple` passed.
    func matchTupleElements(_ xs: [Expr], src: Int, fail: Int) {
        for (i, x) in xs.enumerated() { matchElement(x, fail: fail) { emit(.getElement(dst: $0, src: src, index: i)) } }
    }

    private func matchElement(_ p: Expr, fail: Int, _ load: (Int) -> Void) {
        if case .variable(let n) = p.kind, n == "_" || (n.hasPrefix("_") && vars[n] == nil) { return }
        let r = subjectRegister(p)
        load(r)
        compilePattern(p, src: r, fail: fail)
    }
}

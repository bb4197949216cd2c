import ErlangSyntax
import BigInt

extension FunctionCompiler {
    /// Compiles `e` so that its value ends up in `dst`; in tail position the code
    /// returns that value (or tail-calls) instead.
    func compileExpr(_ e: Expr, dst: Int, tail: Bool) {
        at(e.loc)
        let saved = top
        defer { top = saved }
        if let c = constValue(e) {
            emit(.loadConst(dst: dst, index: const(c)))
            finishValue(dst, tail: tail)
            return
        }
        switch e.kind {
        case .variable(let n):
            let r = vars[n] ?? allocTemp()
            if tail { emit(.ret(src: r)); return }
            if r != dst { emit(.move(dst: dst, src: r)) }
        case .tuple(let xs):
            let base = allocTemps(xs.count)
            for (i, x) in xs.enumerated() { compileExpr(x, dst: base + i, tail: false) }
            emit(.makeTuple(dst: dst, base: base, count: xs.count))
            finishValue(dst, tail: tail)
        case .cons:
            compileList(e, dst: dst)
            finishValue(dst, tail: tail)
        case .match(let p, let v):
            compileMatch(p, v, dst: dst)
            finishValue(dst, tail: tail)
        case .binaryOp(let op, let a, let b):
            compileBinaryOp(op, a, b, dst: dst, tail: tail)
        case .unaryOp(let op, let a):
            let r = operand(a)
            switch op {
            case "-": emit(.neg(dst: dst, src: r))
            case "not": emit(.not(dst: dst, src: r))
            case "bnot": emit(.bnot(dst: dst, src: r))
            default:
                // Unary plus: a number stays itself, anything else is badarith (0 + X checks it).
                let z = allocTemp()
                emit(.loadConst(dst: z, index: const(.int(0))))
                emit(.add(dst: dst, a: r, b: z))
            }
            finishValue(dst, tail: tail)
        case .call(let callee, let args):
            compileCall(callee, args, dst: dst, tail: tail, loc: e.loc)
        case .fun(let clauses):
            compileFun(clauses, name: nil, dst: dst, loc: e.loc)
            finishValue(dst, tail: tail)
        case .namedFun(let name, let clauses):
            compileFun(clauses, name: name, dst: dst, loc: e.loc)
            finishValue(dst, tail: tail)
        case .funRef(let name, let arity):
            if let idx = mc.localIndex[FunctionName(name, arity)] {
                emit(.makeFun(dst: dst, lambda: mc.lambdaForLocal(idx), base: 0, count: 0))
            } else {
                // fun length/1 etc.: an auto-imported BIF is an external fun of erlang.
                let m = mc.imports[FunctionName(name, arity)] ?? "erlang"
                emit(.loadConst(dst: dst, index: const(externalFun(m, name, arity))))
            }
            finishValue(dst, tail: tail)
        case .remoteFunRef(let m, let f, let a):
            let base = allocTemps(3)
            compileExpr(m, dst: base, tail: false)
            compileExpr(f, dst: base + 1, tail: false)
            compileExpr(a, dst: base + 2, tail: false)
            let imp = mc.importIndex(module: "erlang", function: "make_fun", arity: 3)
            emit(.callExt(importIndex: imp, base: base, argc: 3))
            emit(.move(dst: dst, src: base))
            finishValue(dst, tail: tail)
        case .block(let body):
            compileBody(body, dst: dst, tail: tail)
        case .case(let subject, let clauses):
            let r = operand(subject)
            compileCase(r, clauses, dst: dst, tail: tail)
        case .if(let clauses):
            compileIf(clauses, dst: dst, tail: tail)
        case .receive(let clauses, let after):
            compileReceive(clauses, after: after, dst: dst, tail: tail)
        case .try(let body, let ofs, let catches, let after):
            compileTry(body: body, ofClauses: ofs, catches: catches, after: after, dst: dst, tail: tail)
        case .catch(let x):
            let handler = newLabel(), end = newLabel()
            emit(.catchBegin(handler: handler, dst: dst))
            compileExpr(x, dst: dst, tail: false)
            emit(.catchEnd)
            place(handler)
            place(end)
            finishValue(dst, tail: tail)
        case .map(let base, let fields):
            compileMap(base: base, fields: fields, dst: dst)
            finishValue(dst, tail: tail)
        case .binary(let elems):
            compileBinaryConstruction(elems, dst: dst)
            finishValue(dst, tail: tail)
        case .record(let base, let name, let fields):
            compileRecord(base: base, name: name, fields: fields, dst: dst)
            finishValue(dst, tail: tail)
        case .recordField(let r, let name, let field):
            let src = operand(r)
            let (size, index) = recordLayout(name, field)
            emit(.recordGet(dst: dst, src: src, name: const(.atom(name)), size: size, index: index))
            finishValue(dst, tail: tail)
        case .remote:
            // `M:F` outside a call is a syntax error caught earlier; evaluate to badarg-free undefined.
            emit(.raise(.error, src: operandConst(.atom("badarg"))))
        default:
            emit(.raise(.error, src: operandConst(.atom("badarg"))))
        }
    }

    func operandConst(_ t: Term) -> Int {
        let r = allocTemp()
        emit(.loadConst(dst: r, index: const(t)))
        return r
    }

    func externalFun(_ m: String, _ f: String, _ a: Int) -> Term {
        .fun(ErlFun(kind: .external(module: Atom(m), function: Atom(f)), module: Atom(m), name: f, arity: a, index: 0, uniq: 0))
    }

    /// A list literal `[A, B | T]`: elements evaluated left to right, then consed from the end
    /// (iteratively, so long literal lists don't recurse).
    private func compileList(_ e: Expr, dst: Int) {
        var heads: [Expr] = []
        var t = e
        while case .cons(let h, let rest) = t.kind { heads.append(h); t = rest }
        let base = allocTemps(heads.count + 1)
        for (i, h) in heads.enumerated() { compileExpr(h, dst: base + i, tail: false) }
        let tailReg = base + heads.count
        compileExpr(t, dst: tailReg, tail: false)
        for i in stride(from: heads.count - 1, through: 0, by: -1) {
            emit(.makeCons(dst: i == 0 ? dst : tailReg, head: base + i, tail: tailReg))
        }
    }

    private func compileMatch(_ p: Expr, _ v: Expr, dst: Int) {
        if case .variable(let n) = p.kind, n != "_", !bound.contains(n), let r = vars[n] {
            compileExpr(v, dst: r, tail: false)
            bound.insert(n)
            if r != dst { emit(.move(dst: dst, src: r)) }
            return
        }
        let r = operand(v)
        let fail = newLabel(), ok = newLabel()
        compilePattern(p, src: r, fail: fail)
        emit(.jump(ok))
        place(fail)
        emit(.raise(.badmatch, src: r))
        place(ok)
        if r != dst { emit(.move(dst: dst, src: r)) }
    }

    private func compileBinaryOp(_ op: String, _ a: Expr, _ b: Expr, dst: Int, tail: Bool) {
        switch op {
        case "andalso", "orelse":
            compileShortCircuit(op == "andalso", a, b, dst: dst)
            finishValue(dst, tail: tail)
            return
        default: break
        }
        if op == "+" || op == "-", case .int(let imm)? = constValue(b) {
            // `X + 1`, `N - 2`: the constant travels in the instruction.
            let ra = operand(a)
            emit(op == "+" ? .addImm(dst: dst, a: ra, imm: imm) : .subImm(dst: dst, a: ra, imm: imm))
            finishValue(dst, tail: tail)
            return
        }
        let ra = operand(a)
        let rb = operand(b)
        switch op {
        case "+": emit(.add(dst: dst, a: ra, b: rb))
        case "-": emit(.sub(dst: dst, a: ra, b: rb))
        case "*": emit(.arith(.mul, dst: dst, a: ra, b: rb))
        case "/": emit(.arith(.fdiv, dst: dst, a: ra, b: rb))
        case "div": emit(.arith(.idiv, dst: dst, a: ra, b: rb))
        case "rem": emit(.arith(.rem, dst: dst, a: ra, b: rb))
        case "band": emit(.arith(.band, dst: dst, a: ra, b: rb))
        case "bor": emit(.arith(.bor, dst: dst, a: ra, b: rb))
        case "bxor": emit(.arith(.bxor, dst: dst, a: ra, b: rb))
        case "bsl": emit(.arith(.bsl, dst: dst, a: ra, b: rb))
        case "bsr": emit(.arith(.bsr, dst: dst, a: ra, b: rb))
        case "and": emit(.boolOp(.and, dst: dst, a: ra, b: rb))
        case "or": emit(.boolOp(.or, dst: dst, a: ra, b: rb))
        case "xor": emit(.boolOp(.xor, dst: dst, a: ra, b: rb))
        case "++": emit(.append(dst: dst, a: ra, b: rb))
        case "--": emit(.subtract(dst: dst, a: ra, b: rb))
        case "!": emit(.send(dst: dst, to: ra, msg: rb))
        default:
            if let c = cmpOp(op) { emit(.cmp(c, dst: dst, a: ra, b: rb)) }
        }
        finishValue(dst, tail: tail)
    }

    func cmpOp(_ op: String) -> CmpOp? {
        switch op {
        case "<": return .lt
        case "=<": return .le
        case ">": return .gt
        case ">=": return .ge
        case "==": return .eq
        case "/=": return .ne
        case "=:=": return .exactEq
        case "=/=": return .exactNe
        default: return nil
        }
    }

    /// `A andalso B`: B only when A is true; A must be a boolean ({badarg, A} otherwise).
    private func compileShortCircuit(_ isAnd: Bool, _ a: Expr, _ b: Expr, dst: Int) {
        let end = newLabel(), notShort = newLabel(), bad = newLabel()
        compileExpr(a, dst: dst, tail: false)
        let shortValue: Term = isAnd ? .false : .true
        let goOn: Term = isAnd ? .true : .false
        emit(.testConst(src: dst, index: const(shortValue), fail: notShort))
        emit(.jump(end))
        place(notShort)
        emit(.testConst(src: dst, index: const(goOn), fail: bad))
        compileExpr(b, dst: dst, tail: false)
        emit(.jump(end))
        place(bad)
        let base = allocTemps(2)
        emit(.loadConst(dst: base, index: const(.atom("badarg"))))
        emit(.move(dst: base + 1, src: dst))
        emit(.makeTuple(dst: base, base: base, count: 2))
        emit(.raise(.error, src: base))
        place(end)
    }

    /// `name` is a named fun's name, or the tag `Desugar` gave the fun (see `FunInfo`).
    private func compileFun(_ clauses: [Clause], name: String?, dst: Int, loc: SourceLocation) {
        let arity = clauses.first?.patterns.count ?? 0
        let info = name.flatMap { mc.funInfo($0) }
        let selfName = info == nil ? name : info?.selfName
        var used = VariableScan.allNames(in: clauses.flatMap { VariableScan.clauseExprs($0) })
        if let n = selfName { used.remove(n) }
        let captured = used.filter { bound.contains($0) }.sorted()
        let traceArity = info?.traceArity(captured: captured.filter { !$0.contains("$") }.count) ?? arity
        let lambda = mc.addLambda(clauses, arity: arity, captured: captured, selfName: selfName, info: info,
                                  traceArity: traceArity, line: loc.line)
        let base = allocTemps(max(captured.count, 1))
        for (i, n) in captured.enumerated() {
            if let r = vars[n] { emit(.move(dst: base + i, src: r)) }
        }
        emit(.makeFun(dst: dst, lambda: lambda, base: base, count: captured.count))
    }

    private func compileMap(base: Expr?, fields: [MapField], dst: Int) {
        if let b = base {
            let src = operand(b)
            emit(.checkMap(src: src))
            var cur = src
            for f in fields {
                let k = operand(f.key), v = operand(f.value)
                emit(.mapPut(dst: dst, map: cur, key: k, value: v, exact: f.exact))
                cur = dst
            }
            if fields.isEmpty { emit(.move(dst: dst, src: src)) }
            return
        }
        let regs = allocTemps(fields.count * 2)
        for (i, f) in fields.enumerated() {
            compileExpr(f.key, dst: regs + 2 * i, tail: false)
            compileExpr(f.value, dst: regs + 2 * i + 1, tail: false)
        }
        emit(.makeMap(dst: dst, base: regs, pairs: fields.count))
    }

    // MARK: records

    /// (tuple size, 0-based element index) of `field` in record `name`.
    func recordLayout(_ name: String, _ field: String) -> (Int, Int) {
        let fields = mc.records[name] ?? []
        let i = fields.firstIndex { $0.name == field } ?? 0
        return (fields.count + 1, i + 1)
    }

    private func compileRecord(base: Expr?, name: String, fields: [RecordField], dst: Int) {
        let decl = mc.records[name] ?? []
        if let b = base {
            let src = operand(b)
            var cur = src
            for f in fields {
                let (size, index) = recordLayout(name, f.name)
                let v = operand(f.value)
                emit(.recordSet(dst: dst, src: cur, name: const(.atom(name)), size: size, index: index, value: v))
                cur = dst
            }
            if fields.isEmpty {
                emit(.recordGet(dst: dst, src: src, name: const(.atom(name)), size: decl.count + 1, index: 0))
                emit(.move(dst: dst, src: src))
            }
            return
        }
        let regs = allocTemps(decl.count + 1)
        emit(.loadConst(dst: regs, index: const(.atom(name))))
        let defaultAll = fields.first { $0.name == "_" }?.value
        for (i, d) in decl.enumerated() {
            let r = regs + 1 + i
            if let f = fields.first(where: { $0.name == d.name }) {
                compileExpr(f.value, dst: r, tail: false)
            } else if let all = defaultAll {
                compileExpr(all, dst: r, tail: false)
            } else if let def = d.defaultValue {
                compileExpr(def, dst: r, tail: false)
            } else {
                emit(.loadConst(dst: r, index: const(.undefined)))
            }
        }
        emit(.makeTuple(dst: dst, base: regs, count: decl.count + 1))
    }

    // MARK: constants

    /// The value of `e` if it is a literal term (folded at compile time).
    func constValue(_ e: Expr) -> Term? {
        LiteralValue.term(e) { e in
            switch e.kind {
            case .unaryOp("+", let x):
                if let c = constValue(x), c.isNumber { return c }
                return nil
            case .recordIndex(let name, let field):
                return .int(recordLayout(name, field).1 + 1)
            default: return nil
            }
        }
    }
}

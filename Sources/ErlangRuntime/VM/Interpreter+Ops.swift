import HashTreeCollections

// Out-of-line operations of the evaluator: everything not on the integer fast path.

extension Interpreter {
    static func arith(_ op: ArithOp, _ a: Term, _ b: Term) throws(ErlangError) -> Term {
        switch op {
        case .mul: return try Arith.mul(a, b)
        case .fdiv: return try Arith.fdiv(a, b)
        case .idiv: return try Arith.intDiv(a, b)
        case .rem: return try Arith.rem(a, b)
        case .band: return try Arith.band(a, b)
        case .bor: return try Arith.bor(a, b)
        case .bxor: return try Arith.bxor(a, b)
        case .bsl: return try Arith.bsl(a, b)
        case .bsr: return try Arith.bsr(a, b)
        }
    }

    @inline(__always) static func compareInts(_ op: CmpOp, _ x: Int, _ y: Int) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq, .exactEq: return x == y
        case .ne, .exactNe: return x != y
        }
    }

    static func compare(_ op: CmpOp, _ a: Term, _ b: Term) -> Bool {
        switch op {
        case .exactEq: return a == b
        case .exactNe: return !(a == b)
        case .eq: return compareTerms(a, b) == 0
        case .ne: return compareTerms(a, b) != 0
        case .lt: return compareTerms(a, b) < 0
        case .le: return compareTerms(a, b) <= 0
        case .gt: return compareTerms(a, b) > 0
        case .ge: return compareTerms(a, b) >= 0
        }
    }

    static func typeTest(_ t: TypeTest, _ v: Term) -> Bool {
        switch (t, v) {
        case (.atom, .atom): return true
        case (.integer, .int), (.integer, .big): return true
        case (.float, .float): return true
        case (.number, .int), (.number, .big), (.number, .float): return true
        case (.list, .cons), (.list, .nil): return true
        case (.tuple, .tuple): return true
        case (.map, .map): return true
        case (.binary, .binary(let b)): return b.bitCount % 8 == 0
        case (.bitstring, .binary): return true
        case (.pid, .pid): return true
        case (.reference, .ref): return true
        case (.function, .fun): return true
        case (.boolean, .atom(let a)): return a == .true || a == .false
        default: return false
        }
    }

    static func makeMap(_ regs: UnsafeMutablePointer<Term>, _ pairs: Int) -> Term {
        var d = TreeDictionary<Term, Term>()
        for i in 0..<pairs { d[regs[2 * i]] = regs[2 * i + 1] }
        return .map(ErlMap(d))
    }

    static func mapPut(_ m: Term, _ key: Term, _ value: Term, exact: Bool) throws(ErlangError) -> Term {
        guard case .map(let map) = m else { throw .badmap(m) }
        if exact && map.dict[key] == nil { throw .badkey(key) }
        var d = map.dict
        d[key] = value
        return .map(ErlMap(d))
    }

    static func makeFun(_ module: LoadedModule, _ lambda: Int, _ env: UnsafeMutablePointer<Term>, _ n: Int) -> Term {
        let code = module.lambdas[lambda]
        let captured = Array(UnsafeBufferPointer(start: env, count: n))
        let index = code.lambdaIndex >= 0 ? code.lambdaIndex : lambda
        return .fun(ErlFun(kind: .local(code: code, env: captured), module: module.name,
                           name: code.name.name, arity: code.arity, index: index, uniq: module.uniq))
    }

    static func raiseError(_ kind: ErrorKind, _ v: Term) -> ErlangError {
        switch kind {
        case .badmatch: return .badmatch(v)
        case .caseClause: return .error(.tuple(.atom(.caseClause), v))
        case .ifClause: return .error(.atom(.ifClause))
        case .tryClause: return .error(.tuple(.atom(.tryClause), v))
        case .error: return .error(v)
        case .exit: return ErlangError(.exit, v)
        case .throw: return ErlangError(.throw, v)
        case .badRecordValue: return .error(.tuple(.atom(.badrecord), v))
        }
    }
}

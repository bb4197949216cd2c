import ErlangRuntime

/// A compiled ETS match specification `[{Head, Guards, Body}]`.
///
/// Head: a pattern where `'_'` matches anything and `'$N'` (N >= 0) binds a variable
/// (a repeated variable must match the same term). Matching is exact (`=:=`).
/// Guards and body: expressions, where `'$N'` is a variable, `'$_'` the whole object,
/// `'$$'` the list of the head's variables in number order, `{const, X}` the literal X,
/// `{{...}}` a tuple, lists and maps are built element by element, and `{F, Args...}`
/// calls a guard BIF. A guard that raises or is not `true` fails the clause.
struct MatchSpec {
    struct Clause { let head: Term; let guards: [Term]; let body: [Term] }
    let clauses: [Clause]

    /// A spec of one clause for match/2 and match_object/2.
    init(pattern: Term, body: Term) {
        clauses = [Clause(head: pattern, guards: [], body: [body])]
    }

    init(_ spec: Term) throws(ErlangError) {
        var cs: [Clause] = []
        for c in try listArg(spec) {
            guard case .tuple(let t) = c, t.count == 3,
                  let guards = t.elements[1].listElements,
                  let body = t.elements[2].listElements else { throw .badarg }
            for e in guards + body { try MatchSpec.validate(e) }
            cs.append(Clause(head: t.elements[0], guards: guards, body: body))
        }
        clauses = cs
    }

    /// The result of the first clause matching `object`, or nil.
    func run(_ object: Term, _ p: ErlProcess) -> Term? {
        for c in clauses {
            var b = Bindings()
            guard MatchSpec.match(c.head, object, &b) else { continue }
            var ok = true
            for g in c.guards {
                guard let v = try? MatchSpec.eval(g, object, b, p), v == .true else { ok = false; break }
            }
            guard ok else { continue }
            var result: Term = .nil
            for e in c.body {
                guard let v = try? MatchSpec.eval(e, object, b, p) else { return nil }
                result = v
            }
            return result
        }
        return nil
    }

    /// If every clause's head fixes the key (element `keypos` is a ground term), the
    /// keys to look up instead of scanning the table.
    func keys(keypos: Int) -> [Term]? {
        var out: [Term] = []
        for c in clauses {
            guard case .tuple(let t) = c.head, keypos <= t.count,
                  MatchSpec.isGround(t.elements[keypos - 1]) else { return nil }
            out.append(t.elements[keypos - 1])
        }
        return out
    }

    // MARK: matching

    typealias Bindings = [Int: Term]

    /// `'$N'` → N.
    static func variable(_ a: Atom) -> Int? {
        let n = a.name
        guard n.count >= 2, n.first == "$" else { return nil }
        return Int(n.dropFirst()).flatMap { $0 >= 0 ? $0 : nil }
    }

    static let underscore = Atom("_")

    static func isGround(_ t: Term) -> Bool {
        switch t {
        case .atom(let a): return a != underscore && variable(a) == nil
        case .tuple(let tup): return tup.elements.allSatisfy(isGround)
        case .cons(let c): return isGround(c.head) && isGround(c.tail)
        case .map(let m): return m.dict.allSatisfy { isGround($0.value) }
        default: return true
        }
    }

    static func match(_ pat: Term, _ t: Term, _ b: inout Bindings) -> Bool {
        switch pat {
        case .atom(let a):
            if a == underscore { return true }
            if let v = variable(a) {
                if let bound = b[v] { return bound == t }
                b[v] = t; return true
            }
            return pat == t
        case .tuple(let pt):
            guard case .tuple(let tt) = t, pt.count == tt.count else { return false }
            for i in 0..<pt.count where !match(pt.elements[i], tt.elements[i], &b) { return false }
            return true
        case .cons:
            var pc = pat, tc = t
            while case .cons(let pcell) = pc {
                guard case .cons(let tcell) = tc, match(pcell.head, tcell.head, &b) else { return false }
                pc = pcell.tail; tc = tcell.tail
            }
            return match(pc, tc, &b)
        case .map(let pm):
            guard case .map(let tm) = t else { return false }
            for (k, v) in pm.dict {
                guard let tv = tm.dict[k], match(v, tv, &b) else { return false }
            }
            return true
        default:
            return pat == t
        }
    }

    // MARK: guard and body expressions

    struct Fail: Error {}

    /// The guard BIFs a match spec may call (all of module erlang).
    static let allowed: Set<String> = [
        "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1", "is_pid/1",
        "is_port/1", "is_reference/1", "is_tuple/1", "is_map/1", "is_binary/1", "is_function/1",
        "is_map_key/2", "is_record/3", "abs/1", "element/2", "hd/1", "tl/1", "length/1",
        "map_get/2", "map_size/1", "round/1", "size/1", "tuple_size/1", "byte_size/1",
        "bit_size/1", "trunc/1", "float/1", "binary_part/3", "min/2", "max/2",
        "+/2", "-/2", "*/2", "//2", "div/2", "rem/2", "band/2", "bor/2", "bxor/2", "bnot/1",
        "bsl/2", "bsr/2", ">/2", ">=/2", "</2", "=</2", "=:=/2", "==/2", "=/=/2", "/=/2",
        "-/1", "+/1", "not/1", "and/2", "or/2", "xor/2",
    ]
    static let special: Set<String> = ["andalso", "orelse", "self", "node", "const"]

    nonisolated(unsafe) static let erlangBIFs: [String: BIFFunction] =
        Builtins.allTables.filter { $0.module == "erlang" }.reduce(into: [:]) { $0.merge($1.functions) { a, _ in a } }

    static func validate(_ e: Term) throws(ErlangError) {
        switch e {
        case .tuple(let t):
            guard t.count >= 1 else { return }
            if t.count == 1, case .tuple(let inner) = t.elements[0] {
                for x in inner.elements { try validate(x) }
                return
            }
            guard case .atom(let f) = t.elements[0] else { throw .badarg }
            if f.name == "const" { return }
            let name = "\(f.name)/\(t.count - 1)"
            guard allowed.contains(name) || special.contains(f.name) else { throw .badarg }
            for x in t.elements.dropFirst() { try validate(x) }
        case .cons(let c):
            try validate(c.head); try validate(c.tail)
        case .map(let m):
            for (_, v) in m.dict { try validate(v) }
        default: return
        }
    }

    static func eval(_ e: Term, _ obj: Term, _ b: Bindings, _ p: ErlProcess) throws -> Term {
        switch e {
        case .atom(let a):
            if a.name == "$_" { return obj }
            if a.name == "$$" { return .list(b.keys.sorted().compactMap { b[$0] }) }
            if let v = variable(a) {
                guard let x = b[v] else { throw Fail() }
                return x
            }
            return e
        case .tuple(let t):
            guard t.count >= 1 else { return e }
            if t.count == 1, case .tuple(let inner) = t.elements[0] {
                var out: [Term] = []
                for x in inner.elements { out.append(try eval(x, obj, b, p)) }
                return .tuple(Tuple.make(out))
            }
            guard case .atom(let f) = t.elements[0] else { throw Fail() }
            let args = Array(t.elements.dropFirst())
            switch (f.name, args.count) {
            case ("const", 1): return args[0]
            case ("self", 0): return .pid(p.pid)
            case ("node", 0): return .atom("nonode@nohost")
            case ("andalso", _), ("orelse", _):
                let stopOn: Term = f.name == "andalso" ? .false : .true
                for x in args {
                    let v = try eval(x, obj, b, p)
                    if v == stopOn { return v }
                    guard v == .true || v == .false else { throw Fail() }
                }
                return f.name == "andalso" ? .true : .false
            default:
                var vals: [Term] = []
                for x in args { vals.append(try eval(x, obj, b, p)) }
                guard let fn = erlangBIFs["\(f.name)/\(vals.count)"] else { throw Fail() }
                return try Arguments.with(vals) { (a: Arguments) throws(ErlangError) -> Term in try fn(a, p) }
            }
        case .cons:
            var elements: [Term] = []
            var t = e
            while case .cons(let c) = t { elements.append(try eval(c.head, obj, b, p)); t = c.tail }
            return .list(elements, tail: try eval(t, obj, b, p))
        case .map(let m):
            var d = m.dict
            for (k, v) in m.dict { d[k] = try eval(v, obj, b, p) }
            return .map(ErlMap(d))
        default:
            return e
        }
    }
}

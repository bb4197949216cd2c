import ErlangSyntax

/// Variable-name analysis over the AST, used to give every variable of a clause its own
/// register before compiling it, and to find what a fun captures.
enum VariableScan {
    /// Every variable name occurring in `exprs`, not descending into funs
    /// (variables bound inside a fun live in the fun's own frame).
    static func names(in exprs: [Expr], into set: inout [String]) {
        var seen = Set(set)
        for e in exprs { walk(e, &set, &seen, intoFuns: false) }
    }

    /// Every variable name occurring in `exprs`, funs included.
    static func allNames(in exprs: [Expr]) -> Set<String> {
        var list: [String] = []
        var seen = Set<String>()
        for e in exprs { walk(e, &list, &seen, intoFuns: true) }
        return seen
    }

    static func clauseExprs(_ c: Clause) -> [Expr] {
        c.patterns + c.guards.flatMap { $0 } + c.body
    }

    private static func walk(_ e: Expr, _ out: inout [String], _ seen: inout Set<String>, intoFuns: Bool) {
        func w(_ x: Expr) { walk(x, &out, &seen, intoFuns: intoFuns) }
        func ws(_ xs: [Expr]) { for x in xs { w(x) } }
        func wc(_ c: Clause) { ws(c.patterns); for g in c.guards { ws(g) }; ws(c.body) }
        switch e.kind {
        case .variable(let n):
            if n != "_" && !seen.contains(n) { seen.insert(n); out.append(n) }
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil, .recordIndex, .funRef:
            break
        case .tuple(let xs): ws(xs)
        case .cons(let h, let t): w(h); w(t)
        case .map(let base, let fields):
            if let b = base { w(b) }
            for f in fields { w(f.key); w(f.value) }
        case .binary(let elems):
            for el in elems { w(el.value); if let s = el.size { w(s) } }
        case .record(let base, _, let fields):
            if let b = base { w(b) }
            for f in fields { w(f.value) }
        case .recordField(let x, _, _): w(x)
        case .match(let a, let b): w(a); w(b)
        case .binaryOp(_, let a, let b): w(a); w(b)
        case .unaryOp(_, let a): w(a)
        case .call(let f, let args): w(f); ws(args)
        case .remote(let m, let f): w(m); w(f)
        case .remoteFunRef(let m, let f, let a): w(m); w(f); w(a)
        case .fun(let cs):
            if intoFuns { for c in cs { wc(c) } }
        case .namedFun(let name, let cs):
            if intoFuns {
                if !seen.contains(name) { seen.insert(name); out.append(name) }
                for c in cs { wc(c) }
            }
        case .block(let xs): ws(xs)
        case .case(let x, let cs): w(x); for c in cs { wc(c) }
        case .if(let cs): for c in cs { wc(c) }
        case .receive(let cs, let after):
            for c in cs { wc(c) }
            if let a = after { w(a.timeout); ws(a.body) }
        case .try(let body, let ofs, let catches, let after):
            ws(body); for c in ofs { wc(c) }
            for c in catches {
                if let cp = c.classPattern { w(cp) }
                w(c.reason)
                if let s = c.stacktrace, !seen.contains(s) { seen.insert(s); out.append(s) }
                for g in c.guards { ws(g) }
                ws(c.body)
            }
            ws(after)
        case .catch(let x): w(x)
        case .listComprehension(let x, let qs), .binaryComprehension(let x, let qs):
            // Comprehensions are desugared into funs before compilation.
            if intoFuns { w(x); walkQualifiers(qs, &out, &seen) }
        case .mapComprehension(let k, let v, let qs):
            if intoFuns { w(k); w(v); walkQualifiers(qs, &out, &seen) }
        }
    }

    private static func walkQualifiers(_ qs: [Qualifier], _ out: inout [String], _ seen: inout Set<String>) {
        for q in qs {
            switch q {
            case .generator(let p, let e), .binaryGenerator(let p, let e):
                walk(p, &out, &seen, intoFuns: true); walk(e, &out, &seen, intoFuns: true)
            case .mapGenerator(let k, let v, let e):
                walk(k, &out, &seen, intoFuns: true); walk(v, &out, &seen, intoFuns: true)
                walk(e, &out, &seen, intoFuns: true)
            case .filter(let e): walk(e, &out, &seen, intoFuns: true)
            }
        }
    }
}

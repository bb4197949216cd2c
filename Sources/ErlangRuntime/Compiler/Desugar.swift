import ErlangSyntax

/// Rewrites comprehensions into recursive named funs over an accumulator, so the
/// compiler only sees calls and funs. Generated variable names contain `$`, which
/// no source variable can, so they never clash with the program's own.
///
///   [E || P <- L, F]  ==>  lists:reverse(Loop(L, []))   where
///   Loop([P|T], A) -> Loop(T, case F of true -> [E|A]; _ -> A end);
///   Loop([_|T], A) -> Loop(T, A);   Loop([], A) -> A;
///   Loop(X, _) -> erlang:error({bad_generator, X})
///
/// A filter F that is a guard expression is evaluated as a guard instead, as OTP does (an
/// exception or a value other than `true` skips the element):
///   case true of _ when F -> [E|A]; _ -> A end
struct Desugar {
    private var counter = 0
    /// Whether an unqualified call `name/arity` names a function of the module or an import
    /// (then it is no guard BIF, and a filter calling it is no guard).
    var isLocal: (String, Int) -> Bool = { _, _ in false }

    mutating func function(_ f: Function) -> Function {
        var f = f
        f.clauses = f.clauses.map { clause($0) }
        return f
    }

    mutating func clause(_ c: Clause) -> Clause {
        var c = c
        c.patterns = c.patterns.map { expr($0) }
        c.guards = c.guards.map { $0.map { expr($0) } }
        c.body = c.body.map { expr($0) }
        return c
    }

    mutating func expr(_ e: Expr) -> Expr {
        let loc = e.loc
        func x(_ k: ExprKind) -> Expr { Expr(k, loc) }
        switch e.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil, .variable, .recordIndex, .funRef:
            return e
        case .tuple(let xs): return x(.tuple(xs.map { expr($0) }))
        case .cons(let h, let t): return x(.cons(expr(h), expr(t)))
        case .map(let base, let fields):
            return x(.map(base: base.map { expr($0) },
                          fields: fields.map { MapField(key: expr($0.key), value: expr($0.value), exact: $0.exact) }))
        case .binary(let elems):
            return x(.binary(elems.map { BinElement(value: expr($0.value), size: $0.size.map { expr($0) }, specifiers: $0.specifiers, loc: $0.loc) }))
        case .record(let base, let name, let fields):
            return x(.record(base: base.map { expr($0) }, name: name, fields: fields.map { RecordField(name: $0.name, value: expr($0.value)) }))
        case .recordField(let r, let name, let field): return x(.recordField(expr(r), name: name, field: field))
        case .match(let a, let b): return x(.match(expr(a), expr(b)))
        case .binaryOp(let op, let a, let b): return x(.binaryOp(op, expr(a), expr(b)))
        case .unaryOp(let op, let a): return x(.unaryOp(op, expr(a)))
        case .call(let f, let args): return x(.call(expr(f), args.map { expr($0) }))
        case .remote(let m, let f): return x(.remote(expr(m), expr(f)))
        case .remoteFunRef(let m, let f, let a): return x(.remoteFunRef(module: expr(m), name: expr(f), arity: expr(a)))
        case .fun(let cs): return x(.fun(cs.map { clause($0) }))
        case .namedFun(let n, let cs): return x(.namedFun(n, cs.map { clause($0) }))
        case .block(let xs): return x(.block(xs.map { expr($0) }))
        case .case(let s, let cs): return x(.case(expr(s), cs.map { clause($0) }))
        case .if(let cs): return x(.if(cs.map { clause($0) }))
        case .receive(let cs, let after):
            return x(.receive(cs.map { clause($0) }, after: after.map { AfterClause(timeout: expr($0.timeout), body: $0.body.map { expr($0) }) }))
        case .try(let body, let ofs, let catches, let after):
            let cc = catches.map { c in
                CatchClause(classPattern: c.classPattern.map { expr($0) }, reason: expr(c.reason), stacktrace: c.stacktrace,
                            guards: c.guards.map { $0.map { expr($0) } }, body: c.body.map { expr($0) }, loc: c.loc)
            }
            return x(.try(body: body.map { expr($0) }, ofClauses: ofs.map { clause($0) }, catchClauses: cc, after: after.map { expr($0) }))
        case .catch(let a): return x(.catch(expr(a)))
        case .listComprehension(let elem, let qs):
            let acc = comprehension(qs: qs, element: expr(elem), loc: loc)
            return call("lists", "reverse", [acc], loc)
        case .binaryComprehension(let elem, let qs):
            let acc = comprehension(qs: qs, element: expr(elem), loc: loc)
            return call("erlang", "list_to_bitstring", [call("lists", "reverse", [acc], loc)], loc)
        case .mapComprehension(let k, let v, let qs):
            let acc = comprehension(qs: qs, element: x(.tuple([expr(k), expr(v)])), loc: loc)
            return call("maps", "from_list", [acc], loc)
        }
    }

    private func call(_ m: String, _ f: String, _ args: [Expr], _ loc: SourceLocation) -> Expr {
        Expr(.call(Expr(.remote(Expr(.atom(m), loc), Expr(.atom(f), loc)), loc), args), loc)
    }

    private mutating func fresh(_ base: String) -> String {
        counter += 1
        return "\(base)$\(counter)"
    }

    /// An expression evaluating to the accumulator (reversed results) of `qs`,
    /// starting from `[]`.
    private mutating func comprehension(qs: [Qualifier], element: Expr, loc: SourceLocation) -> Expr {
        let acc0 = Expr(.nil, loc)
        return step(qs[...], element: element, acc: acc0, loc: loc)
    }

    private mutating func step(_ qs: ArraySlice<Qualifier>, element: Expr, acc: Expr, loc: SourceLocation) -> Expr {
        func v(_ n: String) -> Expr { Expr(.variable(n), loc) }
        guard let q = qs.first else {
            return Expr(.cons(element, acc), loc)
        }
        let rest = qs.dropFirst()
        switch q {
        case .filter(let f):
            let a = fresh("A"), bad = fresh("X")
            let keep = step(rest, element: element, acc: v(a), loc: loc)
            let body: Expr
            if f.isGuardExpression(isLocal: isLocal) {
                body = Expr(.case(Expr(.atom("true"), loc), [
                    Clause(patterns: [Expr(.variable("_"), loc)], guards: [[f]], body: [keep], loc: loc),
                    Clause(patterns: [Expr(.variable("_"), loc)], guards: [], body: [v(a)], loc: loc),
                ]), loc)
                return Expr(.block([Expr(.match(v(a), acc), loc), body]), loc)
            }
            body = Expr(.case(expr(f), [
                Clause(patterns: [Expr(.atom("true"), loc)], guards: [], body: [keep], loc: loc),
                Clause(patterns: [Expr(.atom("false"), loc)], guards: [], body: [v(a)], loc: loc),
                Clause(patterns: [v(bad)], guards: [], body: [
                    call("erlang", "error", [Expr(.tuple([Expr(.atom("bad_filter"), loc), v(bad)]), loc)], loc)], loc: loc),
            ]), loc)
            // Bind the incoming accumulator first so it is evaluated before the filter.
            return Expr(.block([Expr(.match(v(a), acc), loc), body]), loc)
        case .generator(let p, let listExpr):
            return generatorLoop(pattern: expr(p), source: expr(listExpr), binary: false, rest: rest, element: element, acc: acc, loc: loc)
        case .binaryGenerator(let p, let binExpr):
            return generatorLoop(pattern: expr(p), source: expr(binExpr), binary: true, rest: rest, element: element, acc: acc, loc: loc)
        case .mapGenerator(let k, let val, let m):
            let pat = Expr(.tuple([expr(k), expr(val)]), loc)
            return generatorLoop(pattern: pat, source: call("maps", "to_list", [expr(m)], loc), binary: false, rest: rest, element: element, acc: acc, loc: loc)
        }
    }

    private mutating func generatorLoop(pattern: Expr, source: Expr, binary: Bool, rest: ArraySlice<Qualifier>,
                                        element: Expr, acc: Expr, loc: SourceLocation) -> Expr {
        func v(_ n: String) -> Expr { Expr(.variable(n), loc) }
        let loop = fresh("Loop"), t = fresh("T"), a = fresh("A"), bad = fresh("X")
        let inner = step(rest, element: element, acc: v(a), loc: loc)
        let recur = Expr(.call(v(loop), [v(t), inner]), loc)
        let skip = Expr(.call(v(loop), [v(t), v(a)]), loc)
        var clauses: [Clause] = []
        if binary {
            // <<P>> <= Bin: match the segments then the rest as a bitstring.
            guard case .binary(let segs) = pattern.kind else {
                return Expr(.call(v("$bad_binary_generator"), []), loc)
            }
            let tailSeg = BinElement(value: v(t), size: nil, specifiers: ["bitstring"], loc: loc)
            let head = Expr(.binary(segs + [tailSeg]), loc)
            clauses.append(Clause(patterns: [head, v(a)], guards: [], body: [recur], loc: loc))
            let notBits = Expr(.unaryOp("not", Expr(.call(Expr(.atom("is_bitstring"), loc), [v(bad)]), loc)), loc)
            let err = call("erlang", "error", [Expr(.tuple([Expr(.atom("bad_generator"), loc), v(bad)]), loc)], loc)
            clauses.append(Clause(patterns: [v(bad), Expr(.variable("_"), loc)], guards: [[notBits]], body: [err], loc: loc))
            clauses.append(Clause(patterns: [Expr(.variable("_"), loc), v(a)], guards: [], body: [v(a)], loc: loc))
        } else {
            clauses.append(Clause(patterns: [Expr(.cons(pattern, v(t)), loc), v(a)], guards: [], body: [recur], loc: loc))
            clauses.append(Clause(patterns: [Expr(.cons(Expr(.variable("_"), loc), v(t)), loc), v(a)], guards: [], body: [skip], loc: loc))
            clauses.append(Clause(patterns: [Expr(.nil, loc), v(a)], guards: [], body: [v(a)], loc: loc))
            let err = call("erlang", "error", [Expr(.tuple([Expr(.atom("bad_generator"), loc), v(bad)]), loc)], loc)
            clauses.append(Clause(patterns: [v(bad), Expr(.variable("_"), loc)], guards: [], body: [err], loc: loc))
        }
        let fun = Expr(.namedFun(loop, clauses), loc)
        return Expr(.call(fun, [source, acc]), loc)
    }
}

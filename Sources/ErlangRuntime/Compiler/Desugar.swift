import ErlangSyntax

/// Rewrites comprehensions into recursive named funs, as OTP does, so the compiler only sees
/// calls and funs. Generated variable names contain `$`, which no source variable can, so
/// they never clash with the program's own.
///
///   [E || P <- L, F]  ==>  Loop(L)   where
///   Loop([P|T]) -> case F of true -> [E|Loop(T)]; false -> Loop(T); X -> error({bad_filter, X}) end;
///   Loop([_|T]) -> Loop(T);   Loop([]) -> [];
///   Loop(X) -> erlang:error({bad_generator, X})
///
/// A filter F that is a guard expression is evaluated as a guard instead, as OTP does (an
/// exception or a value other than `true` skips the element):
///   case true of _ when F -> [E|Loop(T)]; _ -> Loop(T) end
///
/// Every fun, named fun and comprehension loop comes out as `.namedFun(tag, clauses)` with a
/// fresh tag, described by `funs[tag]` (see `FunInfo`). To number them as OTP does, the walk
/// visits subexpressions in the order OTP translates them, which is not always evaluation
/// order: the elements of tuples, lists, binaries and records, the operands of operators other
/// than `andalso`/`orelse`, and call arguments go right to left; a fun is numbered after its
/// body; a comprehension numbers its generators after its qualifiers' expressions and before
/// its element. The rewritten tree does not depend on the walk order, only the numbers do.
struct Desugar {
    private var counter = 0
    /// Whether an unqualified call `name/arity` names a function of the module or an import
    /// (then it is no guard BIF, and a filter calling it is no guard).
    var isLocal: (String, Int) -> Bool = { _, _ in false }
    /// Each record's fields in declaration order (a record is built as a tuple of them), with
    /// their default values.
    var records: [String: [RecordFieldDecl]] = [:]
    /// Whether the expression being desugared is a pattern (where `#r{}` leaves unnamed
    /// fields unmatched instead of taking their defaults).
    private var inPattern = false
    /// The funs made so far, by tag.
    private(set) var funs: [String: FunInfo] = [:]
    /// The translation counter of the current top-level function (see `FunInfo`).
    private var translationCounter = 0

    mutating func function(_ f: Function) -> Function {
        var f = f
        translationCounter = 0
        f.clauses = f.clauses.map { clause($0) }
        var lifting = 0
        for c in f.clauses { numberLifted(in: VariableScan.clauseExprs(c), &lifting) }
        return f
    }

    mutating func clause(_ c: Clause) -> Clause {
        var c = c
        c.patterns = c.patterns.map { pattern($0) }
        c.guards = c.guards.map { $0.map { expr($0) } }
        c.body = c.body.map { expr($0) }
        return c
    }

    private mutating func pattern(_ p: Expr) -> Expr {
        let outer = inPattern
        inPattern = true
        defer { inPattern = outer }
        return expr(p)
    }

    /// Desugars `xs` right to left (OTP's order for elements and arguments).
    private mutating func rightToLeft(_ xs: [Expr]) -> [Expr] {
        var out = xs
        for i in xs.indices.reversed() { out[i] = expr(xs[i]) }
        return out
    }

    mutating func expr(_ e: Expr) -> Expr {
        let loc = e.loc
        func x(_ k: ExprKind) -> Expr { Expr(k, loc) }
        switch e.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil, .variable, .recordIndex, .funRef:
            return e
        case .tuple(let xs): return x(.tuple(rightToLeft(xs)))
        case .cons(let h, let t):
            let t2 = expr(t)
            return x(.cons(expr(h), t2))
        case .map(let base, let fields):
            let b = base.map { expr($0) }
            var fs = fields
            for i in fs.indices { fs[i].key = expr(fs[i].key); fs[i].value = expr(fs[i].value) }
            return x(.map(base: b, fields: fs))
        case .binary(let elems):
            var es = elems
            for i in es.indices.reversed() {
                es[i].value = expr(es[i].value)
                es[i].size = es[i].size.map { expr($0) }
            }
            return x(.binary(es))
        case .record(let base, let name, let fields):
            let b = base.map { expr($0) }
            let named = base == nil && !inPattern ? withDefaults(fields, of: name) : fields
            return x(.record(base: b, name: name, fields: recordFieldsRightToLeft(named, of: name)))
        case .recordField(let r, let name, let field): return x(.recordField(expr(r), name: name, field: field))
        case .match(let a, let b):
            let b2 = expr(b)
            return x(.match(pattern(a), b2))
        case .binaryOp(let op, let a, let b) where op == "andalso" || op == "orelse":
            let a2 = expr(a)
            return x(.binaryOp(op, a2, expr(b)))
        case .binaryOp(let op, let a, let b):
            let b2 = expr(b)
            return x(.binaryOp(op, expr(a), b2))
        case .unaryOp(let op, let a): return x(.unaryOp(op, expr(a)))
        case .call(let f, let args):
            switch f.kind {
            case .atom:
                return x(.call(f, rightToLeft(args)))
            case .remote(let m, let fn):
                let all = rightToLeft([m, fn] + args)
                return x(.call(Expr(.remote(all[0], all[1]), f.loc), Array(all.dropFirst(2))))
            default:
                let f2 = expr(f)
                return x(.call(f2, rightToLeft(args)))
            }
        case .remote(let m, let f):
            let m2 = expr(m)
            return x(.remote(m2, expr(f)))
        case .remoteFunRef(let m, let f, let a):
            let all = rightToLeft([m, f, a])
            return x(.remoteFunRef(module: all[0], name: all[1], arity: all[2]))
        case .fun(let cs):
            return fun(nil, cs, loc)
        case .namedFun(let n, let cs):
            return fun(n, cs, loc)
        case .block(let xs): return x(.block(xs.map { expr($0) }))
        case .case(let s, let cs):
            let s2 = expr(s)
            return x(.case(s2, cs.map { clause($0) }))
        case .if(let cs): return x(.if(cs.map { clause($0) }))
        case .receive(let cs, let after):
            let cs2 = cs.map { clause($0) }
            return x(.receive(cs2, after: after.map { a in
                let t = expr(a.timeout)
                return AfterClause(timeout: t, body: a.body.map { expr($0) })
            }))
        case .try(let body, let ofs, let catches, let after):
            let body2 = body.map { expr($0) }
            let ofs2 = ofs.map { clause($0) }
            let cc = catches.map { c in
                var c = c
                c.classPattern = c.classPattern.map { pattern($0) }
                c.reason = pattern(c.reason)
                c.guards = c.guards.map { $0.map { expr($0) } }
                c.body = c.body.map { expr($0) }
                return c
            }
            return x(.try(body: body2, ofClauses: ofs2, catchClauses: cc, after: after.map { expr($0) }))
        case .catch(let a): return x(.catch(expr(a)))
        case .listComprehension(let elem, let qs):
            return comprehension(qs, binary: false, element: { $0.expr(elem) }, loc: loc)
        case .binaryComprehension(let elem, let qs):
            // Each element must be a bitstring: <<E/bitstring>> checks it where OTP does.
            return comprehension(qs, binary: true, element: { d in
                let e = d.expr(elem)
                if case .binary = e.kind { return e }
                return Expr(.binary([BinElement(value: e, size: nil, specifiers: ["bitstring"], loc: e.loc)]), e.loc)
            }, loc: loc)
        case .mapComprehension(let k, let v, let qs):
            let list = comprehension(qs, binary: false, element: { d in
                let v2 = d.expr(v)
                return Expr(.tuple([d.expr(k), v2]), loc)
            }, loc: loc)
            return Desugar.call("maps", "from_list", [list], loc)
        }
    }

    /// `#r{...}` as an expression gives every field a value: the unnamed ones take the `_ = V`
    /// value or their declared default, copied in here (as OTP's record expansion does) so
    /// that funs and comprehensions in defaults are desugared, and numbered, at each use.
    private func withDefaults(_ fields: [RecordField], of record: String) -> [RecordField] {
        guard let declared = records[record] else { return fields }
        let forAll = fields.first { $0.name == "_" }?.value
        var out = fields.filter { $0.name != "_" }
        for d in declared where !fields.contains(where: { $0.name == d.name }) {
            if let v = forAll ?? d.defaultValue { out.append(RecordField(name: d.name, value: v)) }
        }
        return out
    }

    /// A record's fields are the elements of a tuple in declaration order: right to left means
    /// last declared first.
    private mutating func recordFieldsRightToLeft(_ fields: [RecordField], of record: String) -> [RecordField] {
        let declared = records[record]?.map(\.name) ?? []
        let order = fields.indices.sorted { i, j in
            (declared.firstIndex(of: fields[i].name) ?? -1) > (declared.firstIndex(of: fields[j].name) ?? -1)
        }
        var out = fields
        for i in order { out[i].value = expr(fields[i].value) }
        return out
    }

    /// A fun or named fun: its body is desugared (and numbered) first, then the fun itself.
    private mutating func fun(_ name: String?, _ cs: [Clause], _ loc: SourceLocation) -> Expr {
        let clauses = cs.map { clause($0) }
        let arity = cs.first?.patterns.count ?? 0
        var kind = FunInfo.Kind.anonymous
        if let n = name, VariableScan.allNames(in: cs.flatMap { VariableScan.clauseExprs($0) }).contains(n) {
            kind = .named(n)
        }
        let tag = newFun(FunInfo(kind: kind, selfName: name, arity: arity, translationIndex: translationCounter))
        return Expr(.namedFun(tag, clauses), loc)
    }

    private mutating func newFun(_ info: FunInfo) -> String {
        translationCounter += 1
        let tag = fresh("$fun")
        funs[tag] = info
        return tag
    }

    /// Gives the lifting counter's numbers (see `FunInfo`): a pre-order walk of the desugared
    /// body, where a loop's fun comes before its generator's expression (the call's argument).
    private mutating func numberLifted(in exprs: [Expr], _ counter: inout Int) {
        for e in exprs { numberLifted(e, &counter) }
    }

    private mutating func numberLifted(_ e: Expr, _ counter: inout Int) {
        if case .namedFun(let tag, let cs) = e.kind, let info = funs[tag] {
            if info.isLifted {
                funs[tag]?.liftingIndex = counter
                counter += 1
            }
            // OTP lifts a helper raising function_clause out of a fun whose clauses can fail
            // to match; it takes a number too.
            if case .comprehension = info.kind {} else if !Desugar.alwaysMatches(cs) { counter += 1 }
            for c in cs { numberLifted(in: VariableScan.clauseExprs(c), &counter) }
            return
        }
        numberLifted(in: Desugar.children(e), &counter)
    }

    /// Whether some clause matches any arguments: all its patterns are variables and it has
    /// no guard.
    private static func alwaysMatches(_ cs: [Clause]) -> Bool {
        func isVariable(_ p: Expr) -> Bool {
            switch p.kind {
            case .variable: return true
            case .match(let a, let b): return isVariable(a) && isVariable(b)
            default: return false
            }
        }
        return cs.contains { $0.guards.isEmpty && $0.patterns.allSatisfy(isVariable) }
    }

    /// The direct subexpressions of `e` in evaluation order (for a desugared tree: no
    /// comprehensions are left).
    private static func children(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil, .variable, .recordIndex, .funRef:
            return []
        case .tuple(let xs), .block(let xs): return xs
        case .cons(let h, let t): return [h, t]
        case .map(let base, let fields): return (base.map { [$0] } ?? []) + fields.flatMap { [$0.key, $0.value] }
        case .binary(let elems): return elems.flatMap { [$0.value] + ($0.size.map { [$0] } ?? []) }
        case .record(let base, _, let fields): return (base.map { [$0] } ?? []) + fields.map(\.value)
        case .recordField(let r, _, _): return [r]
        case .match(let a, let b): return [b, a]
        case .binaryOp(_, let a, let b): return [a, b]
        case .unaryOp(_, let a), .catch(let a): return [a]
        case .call(let f, let args): return [f] + args
        case .remote(let m, let f): return [m, f]
        case .remoteFunRef(let m, let f, let a): return [m, f, a]
        case .fun(let cs), .namedFun(_, let cs), .if(let cs): return cs.flatMap { VariableScan.clauseExprs($0) }
        case .case(let s, let cs): return [s] + cs.flatMap { VariableScan.clauseExprs($0) }
        case .receive(let cs, let after):
            return cs.flatMap { VariableScan.clauseExprs($0) } + (after.map { [$0.timeout] + $0.body } ?? [])
        case .try(let body, let ofs, let catches, let after):
            return body + ofs.flatMap { VariableScan.clauseExprs($0) }
                + catches.flatMap { $0.guards.flatMap { $0 } + $0.body } + after
        case .listComprehension, .binaryComprehension, .mapComprehension:
            return []
        }
    }

    private static func call(_ m: String, _ f: String, _ args: [Expr], _ loc: SourceLocation) -> Expr {
        Expr(.call(Expr(.remote(Expr(.atom(m), loc), Expr(.atom(f), loc)), loc), args), loc)
    }

    private mutating func fresh(_ base: String) -> String {
        counter += 1
        return "\(base)$\(counter)"
    }

    /// A qualifier with its expressions desugared; a generator with its loop's tag.
    private enum PreparedQualifier {
        case filter(Expr, isGuard: Bool)
        case generator(pattern: Expr, source: Expr, binary: Bool, tag: String)
    }

    /// How a comprehension goes on once an element is done or skipped, given the accumulator
    /// (binary comprehensions only; a list comprehension's ignore it): the rest of the
    /// enclosing generator's loop, or at the outermost level the end of the result.
    private typealias Continuation = (_ acc: Expr) -> Expr

    /// A comprehension as OTP builds it: one loop function per generator, outer first. A list
    /// comprehension's loops are body recursive (`[E | Loop(T)]`) and an inner loop ends by
    /// resuming its outer loop on the outer list's tail; a binary comprehension's loops carry
    /// an accumulator (here the list of element bitstrings, reversed) and an outer loop calls
    /// its inner loop for each element. So an error inside shows the same stack frames as in OTP. The qualifiers' expressions are desugared first, then the
    /// loops are numbered, then the element (OTP's order).
    private mutating func comprehension(_ qs: [Qualifier], binary: Bool, element: (inout Desugar) -> Expr,
                                        loc: SourceLocation) -> Expr {
        var prepared: [PreparedQualifier] = []
        for q in qs {
            switch q {
            case .filter(let f):
                prepared.append(.filter(expr(f), isGuard: f.isGuardExpression(isLocal: isLocal)))
            case .generator(let p, let source):
                prepared.append(.generator(pattern: pattern(p), source: expr(source), binary: false, tag: ""))
            case .binaryGenerator(let p, let source):
                prepared.append(.generator(pattern: pattern(p), source: expr(source), binary: true, tag: ""))
            case .mapGenerator(let k, let v, let m):
                let kv = Expr(.tuple([pattern(k), pattern(v)]), loc)
                prepared.append(.generator(pattern: kv, source: Desugar.call("maps", "to_list", [expr(m)], loc), binary: false, tag: ""))
            }
        }
        var generators = 0
        for i in prepared.indices {
            guard case .generator(let p, let source, let isBinary, _) = prepared[i] else { continue }
            var info = FunInfo(kind: .comprehension(binary: binary), selfName: fresh("Loop"), arity: binary ? 2 : 1,
                               translationIndex: translationCounter)
            info.enclosingGenerators = binary ? 0 : generators
            generators += 1
            prepared[i] = .generator(pattern: p, source: source, binary: isBinary, tag: newFun(info))
        }
        let elem = element(&self)
        let shape = Shape(binary: binary, element: elem, loc: loc)
        // The end of the result: a binary comprehension's bitstring is made of its accumulator.
        let finish: Continuation = { acc in
            binary ? Desugar.call("erlang", "list_to_bitstring", [Desugar.call("lists", "reverse", [acc], loc)], loc)
                   : Expr(.nil, loc)
        }
        return step(prepared[...], shape, nested: false, next: finish, acc: Expr(.nil, loc))
    }

    /// What every level of one comprehension shares.
    private struct Shape {
        let binary: Bool
        let element: Expr
        let loc: SourceLocation
    }

    /// `nested`: whether a generator of the comprehension encloses this point.
    private mutating func step(_ qs: ArraySlice<PreparedQualifier>, _ shape: Shape, nested: Bool,
                               next: Continuation, acc: Expr) -> Expr {
        let loc = shape.loc
        guard let q = qs.first else {
            return shape.binary ? next(Expr(.cons(shape.element, acc), loc)) : Expr(.cons(shape.element, next(acc)), loc)
        }
        switch q {
        case .filter(let f, let isGuard):
            let keep = step(qs.dropFirst(), shape, nested: nested, next: next, acc: acc)
            let skip = next(acc)
            let anything = Expr(.variable("_"), loc)
            if isGuard {
                return Expr(.case(Expr(.atom("true"), loc), [
                    Clause(patterns: [anything], guards: [[f]], body: [keep], loc: loc),
                    Clause(patterns: [anything], guards: [], body: [skip], loc: loc),
                ]), loc)
            }
            let bad = Expr(.variable(fresh("X")), loc)
            return Expr(.case(f, [
                Clause(patterns: [Expr(.atom("true"), loc)], guards: [], body: [keep], loc: loc),
                Clause(patterns: [Expr(.atom("false"), loc)], guards: [], body: [skip], loc: loc),
                Clause(patterns: [bad], guards: [], body: [error("bad_filter", bad, loc)], loc: loc),
            ]), loc)
        case .generator(let pattern, let source, let binaryGenerator, let tag):
            return generatorLoop(pattern: pattern, source: source, binaryGenerator: binaryGenerator, tag: tag,
                                 rest: qs.dropFirst(), shape, nested: nested, next: next, acc: acc)
        }
    }

    /// `Loop(Source)` (for a binary comprehension `Next(Loop(Source, Acc))`) where
    ///   Loop([P|T]) -> <rest of the qualifiers, then Loop(T)>;  Loop([_|T]) -> Loop(T);
    ///   Loop([]) -> <next>;  Loop(X) -> erlang:error({bad_generator, X})
    /// and for a binary generator
    ///   Loop(<<P, T/bitstring>>) -> ...;  Loop(X) when not is_bitstring(X) -> error;  Loop(_) -> <next>
    private mutating func generatorLoop(pattern: Expr, source: Expr, binaryGenerator: Bool, tag: String,
                                        rest: ArraySlice<PreparedQualifier>, _ shape: Shape, nested: Bool,
                                        next: Continuation, acc: Expr) -> Expr {
        let loc = shape.loc
        func v(_ n: String) -> Expr { Expr(.variable(n), loc) }
        let loop = funs[tag]?.selfName ?? fresh("Loop"), t = fresh("T"), a = v(fresh("A")), bad = v(fresh("X"))
        let anything = Expr(.variable("_"), loc)
        let binary = shape.binary
        func args(_ x: Expr, _ acc: Expr) -> [Expr] { binary ? [x, acc] : [x] }
        let again: Continuation = { acc in Expr(.call(v(loop), args(v(t), acc)), loc) }
        let inner = step(rest, shape, nested: true, next: again, acc: a)
        // A list comprehension's inner loop ends by resuming the outer one (a tail call); a
        // binary comprehension's returns its accumulator to the outer loop, which goes on, and
        // its outermost loop ends with the result (so a call in tail position stays one).
        let returnsAcc = binary && nested
        func done(_ acc: Expr) -> Expr { returnsAcc ? acc : next(acc) }
        var clauses: [Clause] = []
        if binaryGenerator {
            guard case .binary(let segs) = pattern.kind else {
                return Expr(.call(v("$bad_binary_generator"), []), loc)
            }
            let tailSeg = BinElement(value: v(t), size: nil, specifiers: ["bitstring"], loc: loc)
            let head = Expr(.binary(segs + [tailSeg]), loc)
            clauses.append(Clause(patterns: args(head, a), guards: [], body: [inner], loc: loc))
            let notBits = Expr(.unaryOp("not", Expr(.call(Expr(.atom("is_bitstring"), loc), [bad]), loc)), loc)
            clauses.append(Clause(patterns: args(bad, anything), guards: [[notBits]], body: [error("bad_generator", bad, loc)], loc: loc))
            clauses.append(Clause(patterns: args(anything, a), guards: [], body: [done(a)], loc: loc))
        } else {
            clauses.append(Clause(patterns: args(Expr(.cons(pattern, v(t)), loc), a), guards: [], body: [inner], loc: loc))
            clauses.append(Clause(patterns: args(Expr(.cons(anything, v(t)), loc), a), guards: [], body: [again(a)], loc: loc))
            clauses.append(Clause(patterns: args(Expr(.nil, loc), a), guards: [], body: [done(a)], loc: loc))
            clauses.append(Clause(patterns: args(bad, anything), guards: [], body: [error("bad_generator", bad, loc)], loc: loc))
        }
        let fun = Expr(.namedFun(tag, clauses), loc)
        let run = Expr(.call(fun, args(source, acc)), loc)
        return returnsAcc ? next(run) : run
    }

    /// `erlang:error({Tag, Value})`
    private func error(_ tag: String, _ value: Expr, _ loc: SourceLocation) -> Expr {
        Desugar.call("erlang", "error", [Expr(.tuple([Expr(.atom(tag), loc), value]), loc)], loc)
    }
}

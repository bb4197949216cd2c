// A compact text form of tokens, expressions and forms, identical to the one
// Fixtures/record_expectations.escript prints from erl_scan/erl_parse output,
// so that the fixtures compare swerl's lexer and parser with OTP's.
@testable import ErlangSyntax

enum SyntaxPrinter {
    static func loc(_ l: SourceLocation) -> String { "@\(l.line):\(l.column)" }

    static func floatBits(_ x: Double) -> String { String(x.bitPattern, radix: 16, uppercase: true) }

    static func ints(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ",") + "]" }

    static func atom(_ a: String) -> String { "'\(a)'" }

    static func diagnostic(_ d: Diagnostic) -> String { "error\(loc(d.location)) \(d.message)" }

    // MARK: Tokens

    static func tokens(_ tokens: [Token]) -> String {
        tokens.map(token).joined(separator: " ")
    }

    static func token(_ t: Token) -> String {
        let at = loc(t.location)
        switch t.kind {
        case .atom(let a): return "atom:\(a)\(at)"
        case .variable(let v): return "var:\(v)\(at)"
        case .integer(let n): return "int:\(n)\(at)"
        case .bigInteger(let d): return "int:\(d)\(at)"
        case .float(let x): return "float:\(floatBits(x))\(at)"
        case .char(let c): return "char:\(c)\(at)"
        case .string(let s): return "str:\(ints(s))\(at)"
        case .keyword(let k): return "kw:\(k)\(at)"
        case .punct("??"):   // erl_scan has two '?' tokens; swerl one (for the preprocessor)
            return "punct:?\(at) punct:?@\(t.location.line):\(t.location.column + 1)"
        case .punct(let p): return "punct:\(p)\(at)"
        case .dot: return "dot\(at)"
        case .eof: return "eof\(at)"
        }
    }

    // MARK: Expressions

    static func exprs(_ es: [Expr]) -> String { es.map(expr).joined(separator: ",") }

    static func expr(_ e: Expr) -> String {
        let at = loc(e.loc)
        switch e.kind {
        case .integer(let n): return "\(n)\(at)"
        case .bigInteger(let d): return "\(d)\(at)"
        case .float(let x): return "float:\(floatBits(x))\(at)"
        case .atom(let a): return atom(a) + at
        case .char(let c): return "$\(c)\(at)"
        case .string(let s): return "str\(ints(s))\(at)"
        case .nil: return "[]\(at)"
        case .variable(let v): return v + at
        case .tuple(let es): return "{\(exprs(es))}\(at)"
        case .cons(let h, let t): return "[\(expr(h))|\(expr(t))]\(at)"
        case .map(let base, let fields):
            let fs = fields.map { expr($0.key) + ($0.exact ? ":=" : "=>") + expr($0.value) }
            return "map(\(base.map(expr) ?? "none");\(fs.joined(separator: ",")))\(at)"
        case .binary(let elements):
            return "bin(\(elements.map(binElement).joined(separator: ",")))\(at)"
        case .record(let base, let name, let fields):
            let fs = fields.map { ($0.name == "_" ? "_" : atom($0.name)) + "=" + expr($0.value) }
            return "rec(\(base.map(expr) ?? "none");\(atom(name));\(fs.joined(separator: ",")))\(at)"
        case .recordField(let base, let name, let field):
            return "rfield(\(expr(base));\(atom(name));\(atom(field)))\(at)"
        case .recordIndex(let name, let field): return "rindex(\(atom(name));\(atom(field)))\(at)"
        case .match(let p, let v): return "match(\(expr(p)),\(expr(v)))\(at)"
        case .binaryOp(let op, let l, let r): return "op(\(op),\(expr(l)),\(expr(r)))\(at)"
        case .unaryOp(let op, let x): return "op(\(op),\(expr(x)))\(at)"
        case .call(let f, let args): return "call(\(expr(f));\(exprs(args)))\(at)"
        case .remote(let m, let f): return "remote(\(expr(m)),\(expr(f)))\(at)"
        case .funRef(let name, let arity): return "funref(\(atom(name))/\(arity))\(at)"
        case .remoteFunRef(let m, let f, let a): return "funref(\(expr(m)),\(expr(f)),\(expr(a)))\(at)"
        case .fun(let cs): return "fun(\(clauses(cs)))\(at)"
        case .namedFun(let name, let cs): return "nfun(\(name);\(clauses(cs)))\(at)"
        case .block(let es): return "block(\(exprs(es)))\(at)"
        case .case(let subject, let cs): return "case(\(expr(subject));\(clauses(cs)))\(at)"
        case .if(let cs): return "if(\(clauses(cs)))\(at)"
        case .receive(let cs, let after):
            let a = after.map { "after(\(expr($0.timeout));\(exprs($0.body)))" } ?? "none"
            return "receive(\(clauses(cs));\(a))\(at)"
        case .try(let body, let of, let catches, let after):
            let cc = "[" + catches.map(catchClause).joined(separator: ",") + "]"
            return "try(\(exprs(body));\(clauses(of));\(cc);\(exprs(after)))\(at)"
        case .catch(let x): return "catch(\(expr(x)))\(at)"
        case .listComprehension(let x, let qs): return "lc(\(expr(x));\(qualifiers(qs)))\(at)"
        case .binaryComprehension(let x, let qs): return "bc(\(expr(x));\(qualifiers(qs)))\(at)"
        case .mapComprehension(let k, let v, let qs):
            return "mc(\(expr(k)),\(expr(v));\(qualifiers(qs)))\(at)"
        }
    }

    static func binElement(_ b: BinElement) -> String {
        let size = b.size.map(expr) ?? "default"
        let types = b.specifiers.isEmpty ? "default" : b.specifiers.joined(separator: "-")
        return "el(\(expr(b.value)):\(size)/\(types))\(loc(b.loc))"
    }

    static func qualifiers(_ qs: [Qualifier]) -> String {
        qs.map { q in
            switch q {
            case .generator(let p, let e): return "gen(\(expr(p)),\(expr(e)))"
            case .binaryGenerator(let p, let e): return "bgen(\(expr(p)),\(expr(e)))"
            case .mapGenerator(let k, let v, let e): return "mgen(\(expr(k)),\(expr(v)),\(expr(e)))"
            case .filter(let e): return expr(e)
            }
        }.joined(separator: ",")
    }

    static func clauses(_ cs: [Clause]) -> String {
        "[" + cs.map(clause).joined(separator: ",") + "]"
    }

    static func clause(_ c: Clause) -> String {
        "cl(\(exprs(c.patterns));\(guards(c.guards));\(exprs(c.body)))\(loc(c.loc))"
    }

    static func guards(_ gs: [[Expr]]) -> String {
        gs.map { "[" + exprs($0) + "]" }.joined(separator: ";")
    }

    static func catchClause(_ c: CatchClause) -> String {
        let cls = c.classPattern.map(expr) ?? "'throw'\(loc(c.loc))"
        return "ccl(\(cls),\(expr(c.reason)),\(c.stacktrace ?? "_");\(guards(c.guards));\(exprs(c.body)))\(loc(c.loc))"
    }

    // MARK: Forms

    static func form(_ f: Form) -> String {
        switch f {
        case .module(let name, let l): return "module(\(atom(name)))\(loc(l))"
        case .export(let fs, let l): return "export(\(functionNames(fs)))\(loc(l))"
        case .import(let m, let fs, let l): return "import(\(atom(m)),\(functionNames(fs)))\(loc(l))"
        case .compile(let opts, let l): return "compile([\(opts.map(term).joined(separator: ","))])\(loc(l))"
        case .record(let name, let fields, let l):
            let fs = fields.map { d in
                "field(\(atom(d.name))\(d.defaultValue.map { "=" + expr($0) } ?? ""))\(loc(d.loc))"
            }
            return "record(\(atom(name)),[\(fs.joined(separator: ","))])\(loc(l))"
        case .behaviour(let name, let l): return "behaviour(\(atom(name)))\(loc(l))"
        case .onLoad(let fname, let l): return "on_load(\(atom(fname.name))/\(fname.arity))\(loc(l))"
        case .attribute(let name, let value, let l):
            guard let value else { return "attribute(\(atom(name)))\(loc(l))" }
            return "attribute(\(atom(name)),\(term(value)))\(loc(l))"
        case .function(let fn):
            return "function(\(atom(fn.name))/\(fn.arity),\(clauses(fn.clauses)))\(loc(fn.loc))"
        }
    }

    static func functionNames(_ fs: [FunctionName]) -> String {
        "[" + fs.map { "\(atom($0.name))/\($0.arity)" }.joined(separator: ",") + "]"
    }

    /// A literal expression as the term erl_parse:normalise/1 makes of it.
    static func term(_ e: Expr) -> String {
        switch e.kind {
        case .atom(let a): return atom(a)
        case .integer(let n), .char(let n): return String(n)
        case .bigInteger(let d): return d
        case .float(let x): return "float:\(floatBits(x))"
        case .tuple(let es): return "{" + es.map(term).joined(separator: ",") + "}"
        case .nil: return "[]"
        case .string(let s): return s.reversed().reduce("[]") { "[\($1)|\($0)]" }
        case .cons(let h, let t): return "[\(term(h))|\(term(t))]"
        case .map(nil, let fields):
            return "#{" + fields.map { term($0.key) + "=>" + term($0.value) }.joined(separator: ",") + "}"
        case .remoteFunRef(let m, let f, let a):
            guard case .atom(let mn) = m.kind, case .atom(let fn) = f.kind, case .integer(let n) = a.kind else { return "?" }
            return "fun \(mn):\(fn)/\(n)"
        case .binary(let elements):   // integer segments only
            return "<<" + elements.map { e in
                if case .integer(let n) = e.value.kind { return String(n) }
                return "?"
            }.joined(separator: ",") + ">>"
        default: return "?"
        }
    }
}

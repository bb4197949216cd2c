// Attributes:
//
//   attribute -> '-' atom '(' exprs ')' | '-' atom exprs
//              | '-' 'record' ['('] expr ',' '{' typed_fields '}' [')']
//              | '-' ('type' | 'opaque' | 'spec' | 'callback') <type text>
//
// As in erl_parse, the value is parsed as expressions first and checked after
// the closing dot, so a syntax error anywhere in the form wins over a bad value;
// the checks report erl_parse's messages ("bad Name/Arity", "bad attribute"...)
// at the first token of the offending expression.

extension Parser {
    mutating func parseAttribute() throws(SyntaxError) -> Form {
        advance()                                              // '-'
        guard case .atom(let name) = current.kind else { throw syntaxError() }
        let loc = current.location
        advance()
        switch name {
        case "type", "opaque", "spec", "callback":
            try skipType(until: [])
            try expectDot()
            return .attribute(name: name, value: nil, loc)
        case "record":
            return try parseRecordAttribute(at: loc)
        default:
            let args = try parseAttributeArguments()
            try expectDot()
            return try buildAttribute(name, args, at: loc)
        }
    }

    /// '(' exprs ')' or exprs
    private mutating func parseAttributeArguments() throws(SyntaxError) -> [Expr] {
        guard isPunct("(") else { return try parseExprList() }
        advance()
        let args = try parseExprList()
        try expectPunct(")")
        return args
    }

    private func buildAttribute(_ name: String, _ args: [Expr], at loc: SourceLocation) throws(SyntaxError) -> Form {
        switch name {
        case "module":
            guard case .atom(let module) = args[0].kind else { throw bad(args[0], "bad module declaration") }
            if args.count > 1 { try checkVariableList(args[1]) }
            return .module(module, loc)
        case "export":
            if args.count > 1 { throw bad(args[1], "bad export declaration") }
            return .export(try functionNames(args[0]), loc)
        case "import":
            guard args.count == 2, case .atom(let module) = args[0].kind else {
                throw bad(args[0], "bad import declaration")
            }
            return .import(module: module, try functionNames(args[1]), loc)
        case "file":
            guard args.count == 2, case .string = args[0].kind, case .integer = args[1].kind else {
                throw bad(args[0], "bad file declaration")
            }
            return .attribute(name: name, value: Expr(.tuple(args), args[0].loc), loc)
        default:
            if args.count > 1 { throw bad(args[1], "bad attribute") }
            guard LiteralTerm.isLiteral(args[0]) || onLoadFunction(name, args[0]) != nil else {
                throw bad(args[0], "bad attribute")
            }
            return try buildTermAttribute(name, args[0], at: loc)
        }
    }

    /// Attributes whose value is a term: compile, behaviour, on_load and any other.
    private func buildTermAttribute(_ name: String, _ value: Expr, at loc: SourceLocation) throws(SyntaxError) -> Form {
        switch name {
        case "compile":
            return .compile(LiteralTerm.listElements(value) ?? [value], loc)
        case "behaviour", "behavior":
            guard case .atom(let module) = value.kind else { throw bad(value, "bad attribute") }
            return .behaviour(module, loc)
        case "on_load":
            guard let function = onLoadFunction(name, value) else {
                // erl_lint's message; the attribute cannot be represented otherwise.
                throw SyntaxError(loc, "badly formed on_load attribute: " + LiteralTerm.text(value))
            }
            return .onLoad(function, loc)
        default:
            return .attribute(name: name, value: value, loc)
        }
    }

    private func onLoadFunction(_ name: String, _ value: Expr) -> FunctionName? {
        guard name == "on_load", case .binaryOp("/", let f, let a) = value.kind,
              case .atom(let function) = f.kind, case .integer(let arity) = a.kind else { return nil }
        return FunctionName(function, arity)
    }

    /// A proper list of `name/arity` (export, import).
    private func functionNames(_ list: Expr) throws(SyntaxError) -> [FunctionName] {
        var names: [FunctionName] = []
        var node = list
        while true {
            switch node.kind {
            case .nil:
                return names
            case .cons(let head, let tail):
                guard case .binaryOp("/", let f, let a) = head.kind else { throw bad(node, "bad Name/Arity") }
                guard case .atom(let function) = f.kind else { throw bad(f, "bad function name") }
                guard case .integer(let arity) = a.kind else { throw bad(a, "bad function arity") }
                names.append(FunctionName(function, arity))
                node = tail
            default:
                throw bad(node, "bad Name/Arity")
            }
        }
    }

    /// The parameter list of an old-style parameterized module, `-module(m, [A, B])`.
    private func checkVariableList(_ list: Expr) throws(SyntaxError) {
        var node = list
        while case .cons(let head, let tail) = node.kind {
            guard case .variable = head.kind else { break }
            node = tail
        }
        guard case .nil = node.kind else { throw bad(node, "bad variable list") }
    }

    func bad(_ expr: Expr, _ message: String) -> SyntaxError {
        SyntaxError(expr.firstLocation, message)
    }
}

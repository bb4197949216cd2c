// Attributes:
//
//   attribute      -> '-' atom attr_val | '-' atom typed_attr_val
//                   | '-' atom '(' typed_attr_val ')'
//                   | '-' ('spec' | 'callback') type_spec          (Parser+Types)
//   attr_val       -> expr | expr ',' exprs | '(' expr ',' exprs ')'
//   typed_attr_val -> expr '::' top_type | expr ',' typed_record_fields
//
// The value is checked as soon as it is complete, before the closing dot, as
// erl_parse does (its checks run when the attribute is reduced, which happens
// whatever token follows): `-foo(X) y.` is "bad attribute", not a syntax error
// at `y`. The checks report erl_parse's messages ("bad Name/Arity", "bad
// attribute"...) at the first token of the offending expression.

extension Parser {
    mutating func parseAttribute() throws(SyntaxError) -> Form {
        advance()                                              // '-'
        guard case .atom(let name) = current.kind else { throw syntaxError() }
        let loc = current.location
        advance()
        let form: Form
        if name == "spec" || name == "callback" {
            try parseSpecAttribute()
            form = .attribute(name: name, value: nil, loc)
        } else {
            form = try buildAttribute(name, try parseAttributeValue(), at: loc)
        }
        try expectDot()
        return form
    }

    /// An attribute's value as erl_parse's grammar sees it.
    enum AttributeValue {
        /// attr_val: one or more expressions.
        case values([Expr])
        /// `Head :: Type` (the type is checked and dropped).
        case typeDefinition(head: Expr)
        /// `Name, {Field :: Type, ...}`: record fields with at least one type.
        case typedRecord(name: Expr, fields: [Expr])
    }

    /// attr_val | typed_attr_val | '(' typed_attr_val ')'. In `-name(Expr)` the
    /// parentheses belong to the expression, which may go on: `-foo(a) + 1.`
    /// has the value `(a) + 1`.
    private mutating func parseAttributeValue() throws(SyntaxError) -> AttributeValue {
        let head: Expr
        if isPunct("(") {
            advance()
            let first = try parseExpr()
            if isPunct("::") || isPunct(",") {
                let value = try parseAttributeRest(after: first)
                try expectPunct(")")
                return value
            }
            try expectPunct(")")
            head = try continueExpression(from: first)
        } else {
            head = try parseExpr()
        }
        return try parseAttributeRest(after: head)
    }

    /// After the first expression: `:: Type`, `, {typed fields}`, `, exprs` or nothing.
    private mutating func parseAttributeRest(after first: Expr) throws(SyntaxError) -> AttributeValue {
        if isPunct("::") {
            advance()
            try parseTopType()
            return .typeDefinition(head: first)
        }
        guard isPunct(",") else { return .values([first]) }
        advance()
        var args = [first]
        if isPunct("{") {
            let open = current.location
            let fields = try parseTypedRecordFields()
            if fields.contains(where: \.hasType) { return .typedRecord(name: first, fields: fields.map(\.expr)) }
            // An ordinary tuple after all, which may go on as an expression.
            args.append(try continueExpression(from: Expr(.tuple(fields.map(\.expr)), open)))
            guard isPunct(",") else { return .values(args) }
            advance()
        }
        args += try parseExprList()
        return .values(args)
    }

    private mutating func buildAttribute(_ name: String, _ value: AttributeValue, at loc: SourceLocation) throws(SyntaxError) -> Form {
        switch value {
        case .typeDefinition(let head):
            guard name == "type" || name == "opaque" else { throw SyntaxError(loc, "bad attribute") }
            try checkTypeHead(head, at: loc)
            return .attribute(name: name, value: nil, loc)
        case .typedRecord(let recordName, let fields):
            guard name == "record" else { throw SyntaxError(loc, "bad attribute") }
            return try buildRecord(recordName, fields: fields, at: loc)
        case .values(let args):
            return try buildAttribute(name, args, at: loc)
        }
    }

    private mutating func buildAttribute(_ name: String, _ args: [Expr], at loc: SourceLocation) throws(SyntaxError) -> Form {
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
                throw bad(args.count > 1 ? args[1] : args[0], "bad import declaration")
            }
            return .import(module: module, try functionNames(args[1]), loc)
        case "record":
            guard args.count == 2, case .atom = args[0].kind else { throw bad(args[0], "bad record declaration") }
            guard case .tuple(let fields) = args[1].kind else { throw bad(args[1], "bad record declaration") }
            return try buildRecord(args[0], fields: fields, at: loc)
        case "file":
            guard args.count == 2, case .string = args[0].kind, case .integer = args[1].kind else {
                throw bad(args[0], "bad file declaration")
            }
            return .attribute(name: name, value: Expr(.tuple(args), args[0].loc), loc)
        default:
            if args.count > 1 { throw bad(args[1], "bad attribute") }
            guard let term = LiteralTerm.normalized(args[0]) else { throw bad(args[0], "bad attribute") }
            // `-type name.` is accepted by erlc and means nothing.
            if name == "type" || name == "opaque" { return .attribute(name: name, value: nil, loc) }
            return try buildTermAttribute(name, term, at: loc)
        }
    }

    /// Attributes whose value is a term: compile, behaviour, on_load and any other.
    /// `value` is normalized: `f/1` has become `{f,1}`.
    private mutating func buildTermAttribute(_ name: String, _ value: Expr, at loc: SourceLocation) throws(SyntaxError) -> Form {
        switch name {
        case "compile":
            return .compile(LiteralTerm.listElements(value) ?? [value], loc)
        case "behaviour", "behavior":
            guard case .atom(let module) = value.kind else { throw bad(value, "bad attribute") }
            return .behaviour(module, loc)
        case "on_load":
            guard case .tuple(let parts) = value.kind, parts.count == 2,
                  case .atom(let function) = parts[0].kind, case .integer(let arity) = parts[1].kind else {
                // erl_parse accepts any term; erl_lint then rejects it.
                deferredErrors.append(.error(loc, "badly formed on_load attribute: " + LiteralTerm.text(value)))
                return .attribute(name: name, value: value, loc)
            }
            return .onLoad(FunctionName(function, arity), loc)
        default:
            return .attribute(name: name, value: value, loc)
        }
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

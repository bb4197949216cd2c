// Record declarations and the type text that the parser skips.
//
//   -record(Name, {Field, Field = Default, Field :: Type, Field = Default :: Type}).
//
// Types (in record fields and in -type/-opaque/-spec/-callback) are not
// interpreted: the parser skips them, checking only that brackets balance, so
// that a missing `)` or `}` is still a syntax error at the same token as in erlc.

extension Parser {
    mutating func parseRecordAttribute(at loc: SourceLocation) throws(SyntaxError) -> Form {
        let parenthesized = isPunct("(")
        if parenthesized { advance() }
        let nameExpr = try parseExpr()
        var fields: [(expr: Expr, hasType: Bool)]?
        var problem: SyntaxError?
        if isPunct(",") {
            advance()
            if isPunct("{") {
                fields = try parseTypedRecordFields()
            } else {
                problem = bad(try parseExpr(), "bad record declaration")
            }
            if isPunct(",") {
                _ = try parseExprList()
                problem = bad(nameExpr, "bad record declaration")
            }
        }
        if parenthesized { try expectPunct(")") }
        try expectDot()
        if let problem { throw problem }
        guard case .atom(let name) = nameExpr.kind, let fields else { throw bad(nameExpr, "bad record declaration") }
        var declarations: [RecordFieldDecl] = []
        for field in fields {
            declarations.append(try recordFieldDeclaration(field.expr))
        }
        return .record(name: name, fields: declarations, loc)
    }

    /// '{' '}' | '{' typed_expr (',' typed_expr)* '}' ; typed_expr -> expr ['::' type]
    private mutating func parseTypedRecordFields() throws(SyntaxError) -> [(expr: Expr, hasType: Bool)] {
        advance()
        var fields: [(expr: Expr, hasType: Bool)] = []
        if isPunct("}") { advance(); return fields }
        repeat {
            if !fields.isEmpty { advance() }
            let expr = try parseExpr()
            var hasType = false
            if isPunct("::") {
                advance()
                try skipType(until: [",", "}"])
                hasType = true
            }
            fields.append((expr, hasType))
        } while isPunct(",")
        try expectPunct("}")
        return fields
    }

    /// `a` or `a = Default`.
    private func recordFieldDeclaration(_ expr: Expr) throws(SyntaxError) -> RecordFieldDecl {
        switch expr.kind {
        case .atom(let name):
            return RecordFieldDecl(name: name, defaultValue: nil, loc: expr.loc)
        case .match(let lhs, let value):
            guard case .atom(let name) = lhs.kind else { throw bad(expr, "bad record field") }
            return RecordFieldDecl(name: name, defaultValue: value, loc: expr.loc)
        default:
            throw bad(expr, "bad record field")
        }
    }

    /// Skips a type: tokens up to (not including) one of `terminators` outside
    /// brackets, or up to the form's dot. The type must not be empty and its
    /// brackets must balance.
    mutating func skipType(until terminators: Set<String>) throws(SyntaxError) {
        let closers: [String: String] = ["(": ")", "[": "]", "{": "}", "<<": ">>"]
        var open: [String] = []
        var skipped = 0
        while true {
            switch current.kind {
            case .dot, .eof:
                if !open.isEmpty || skipped == 0 { throw syntaxError() }
                return
            case .punct(let p):
                if open.isEmpty, terminators.contains(p) {
                    if skipped == 0 { throw syntaxError() }
                    return
                }
                if let closer = closers[p] {
                    open.append(closer)
                } else if closers.values.contains(p) {
                    guard open.last == p else { throw syntaxError() }
                    open.removeLast()
                }
            default:
                break
            }
            advance()
            skipped += 1
        }
    }
}

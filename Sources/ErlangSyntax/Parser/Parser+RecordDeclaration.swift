// Record declarations:
//
//   -record(Name, {Field, Field = Default, Field :: Type, Field = Default :: Type}).
//
// Field types are checked for syntax and dropped (Parser+Types.swift).

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
                advance()
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
                try parseTopType()
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
}

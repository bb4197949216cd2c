// Record declarations:
//
//   -record(Name, {Field, Field = Default, Field :: Type, Field = Default :: Type}).
//
// Field types are checked for syntax and dropped (Parser+Types.swift).

extension Parser {
    /// Checks and builds `-record(Name, {Fields})` from its parsed parts.
    func buildRecord(_ nameExpr: Expr, fields: [Expr], at loc: SourceLocation) throws(SyntaxError) -> Form {
        guard case .atom(let name) = nameExpr.kind else { throw bad(nameExpr, "bad record declaration") }
        var declarations: [RecordFieldDecl] = []
        for field in fields {
            declarations.append(try recordFieldDeclaration(field))
        }
        return .record(name: name, fields: declarations, loc)
    }

    /// '{' '}' | '{' typed_expr (',' typed_expr)* '}' ; typed_expr -> expr ['::' top_type]
    mutating func parseTypedRecordFields() throws(SyntaxError) -> [(expr: Expr, hasType: Bool)] {
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

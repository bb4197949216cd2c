// The type language of -type, -opaque, -spec, -callback and typed record fields.
// swerl does not use types, so they are parsed only to report erlc's syntax
// errors, and then dropped. Grammar (erl_parse):
//
//   top_type  -> var '::' top_type | type '|' top_type | type
//   type      -> type '..' type | type add_op type | type mult_op type
//              | prefix_op type | '(' top_type ')' | var | integer | char
//              | atom ['(' [top_types] ')'] | atom ':' atom '(' [top_types] ')'
//              | '[' ']' | '[' top_type ']' | '[' top_type ',' '...' ']'
//              | '{' [top_types] '}' | '#' '{' [map_pair_types] '}'
//              | '#' atom '{' [field_types] '}' | binary_type
//              | 'fun' '(' ')' | 'fun' '(' fun_type ')'
//   fun_type  -> '(' ['...' | top_types] ')' '->' top_type
//   binary_type -> '<<' ['_' ':' type] [','] ['_' ':' '_' '*' type] '>>'
//   type_spec -> ['('] atom [':' atom] fun_type ['when' type_guards] (';' ...)* [')']

extension Parser {
    /// The `Name(Var, ...)` of a type definition (parsed as an expression).
    func checkTypeHead(_ head: Expr, at loc: SourceLocation) throws(SyntaxError) {
        guard case .call(let callee, let args) = head.kind, case .atom = callee.kind else {
            throw SyntaxError(loc, "bad type declaration")
        }
        for arg in args {
            guard case .variable = arg.kind else { throw bad(arg, "bad type variable") }
        }
    }

    /// -spec/-callback: `Name(ArgTypes) -> Type [when Constraints]; ...`.
    mutating func parseSpecAttribute() throws(SyntaxError) {
        let parenthesized = isPunct("(")
        if parenthesized { advance() }
        guard case .atom = current.kind else { throw syntaxError() }
        advance()
        if isPunct(":") {
            advance()
            guard case .atom = current.kind else { throw syntaxError() }
            advance()
        }
        repeat {
            if isPunct(";") { advance() }
            try parseFunType()
            if isKeyword("when") {
                advance()
                try parseTypeGuards()
            }
        } while isPunct(";")
        if parenthesized { try expectPunct(")") }
    }

    /// top_type (loops over `|` and `Var ::` so long unions do not recurse)
    mutating func parseTopType() throws(SyntaxError) {
        try enterNesting()
        defer { leaveNesting() }
        while true {
            while case .variable = current.kind, peekKind() == .punct("::") {
                advance()
                advance()
            }
            try parseTypeBinary(minPrecedence: 0)
            guard isPunct("|") else { return }
            advance()
        }
    }

    /// top_types -> top_type (',' top_type)* ; returns how many there were.
    @discardableResult
    private mutating func parseTopTypes() throws(SyntaxError) -> Int {
        try parseTopType()
        var count = 1
        while isPunct(",") {
            advance()
            try parseTopType()
            count += 1
        }
        return count
    }

    /// `..` (non-associative), add_op and mult_op, with expression precedences.
    private mutating func parseTypeBinary(minPrecedence: Int) throws(SyntaxError) {
        try parseTypeOperand()
        var ceiling = Int.max
        while let (precedence, isRange) = typeOperator(), precedence >= minPrecedence, precedence < ceiling {
            advance()
            try parseTypeBinary(minPrecedence: precedence + 1)
            ceiling = isRange ? precedence : precedence + 1
        }
    }

    private func typeOperator() -> (precedence: Int, isRange: Bool)? {
        if isPunct("..") { return (200, true) }
        guard let (_, op) = BinaryOperator.lookup(current.kind, in: .expression),
              op.precedence == 400 || op.precedence == 500 else { return nil }
        return (op.precedence, false)
    }

    private mutating func parseTypeOperand() throws(SyntaxError) {
        if prefixOperator() != nil {
            advance()
            try enterNesting()
            defer { leaveNesting() }
            return try parseTypeOperand()
        }
        try parseTypePrimary()
    }

    private mutating func parseTypePrimary() throws(SyntaxError) {
        try enterNesting()
        defer { leaveNesting() }
        switch current.kind {
        case .variable, .integer, .bigInteger, .char:
            advance()
        case .atom:
            advance()
            if isPunct(":") {
                advance()
                guard case .atom = current.kind else { throw syntaxError() }
                advance()
                try parseTypeArguments()
            } else if isPunct("(") {
                try parseTypeArguments()
            }
        case .punct("("):
            advance()
            try parseTopType()
            try expectPunct(")")
        case .punct("["):
            try parseListType()
        case .punct("{"):
            advance()
            if !isPunct("}") { try parseTopTypes() }
            try expectPunct("}")
        case .punct("#"):
            try parseMapOrRecordType()
        case .punct("<<"):
            try parseBinaryType()
        case .keyword("fun"):
            advance()
            try expectPunct("(")
            if !isPunct(")") { try parseFunType() }
            try expectPunct(")")
        default:
            throw syntaxError()
        }
    }

    /// '(' ')' | '(' top_types ')' ; returns the number of arguments.
    @discardableResult
    private mutating func parseTypeArguments() throws(SyntaxError) -> Int {
        try expectPunct("(")
        let count = isPunct(")") ? 0 : try parseTopTypes()
        try expectPunct(")")
        return count
    }

    /// '[' ']' | '[' top_type ']' | '[' top_type ',' '...' ']'
    private mutating func parseListType() throws(SyntaxError) {
        advance()
        if isPunct("]") { advance(); return }
        try parseTopType()
        if isPunct(",") {
            advance()
            try expectPunct("...")
        }
        try expectPunct("]")
    }

    /// '#' '{' [pair (',' pair)*] '}' with pair -> top_type ('=>' | ':=') top_type,
    /// or '#' atom '{' [field (',' field)*] '}' with field -> atom '::' top_type.
    private mutating func parseMapOrRecordType() throws(SyntaxError) {
        advance()
        let isRecord: Bool
        if case .atom = current.kind { isRecord = true; advance() } else { isRecord = false }
        try expectPunct("{")
        if isPunct("}") { advance(); return }
        var first = true
        repeat {
            if !first { advance() }
            first = false
            if isRecord {
                guard case .atom = current.kind else { throw syntaxError() }
                advance()
                try expectPunct("::")
            } else {
                try parseTopType()
                guard isPunct("=>") || isPunct(":=") else { throw syntaxError() }
                advance()
            }
            try parseTopType()
        } while isPunct(",")
        try expectPunct("}")
    }

    /// `<<>>`, `<<_:M>>`, `<<_:_*N>>`, `<<_:M, _:_*N>>`; the variables must be `_`.
    private mutating func parseBinaryType() throws(SyntaxError) {
        advance()
        if isPunct(">>") { advance(); return }
        var badVariable: SourceLocation?
        func underscore(_ parser: inout Parser) throws(SyntaxError) {
            guard case .variable(let name) = parser.current.kind else { throw parser.syntaxError() }
            if name != "_", badVariable == nil { badVariable = parser.current.location }
            parser.advance()
        }
        try underscore(&self)
        try expectPunct(":")
        var sawUnit = false
        if case .variable = current.kind, peekKind() == .punct("*") {
            try underscore(&self)
            advance()
            sawUnit = true
        }
        try parseTypeBinary(minPrecedence: 0)
        if !sawUnit, isPunct(",") {
            advance()
            try underscore(&self)
            try expectPunct(":")
            try underscore(&self)
            try expectPunct("*")
            try parseTypeBinary(minPrecedence: 0)
        }
        try expectPunct(">>")
        if let badVariable { throw SyntaxError(badVariable, "Bad binary type") }
    }

    /// fun_type -> '(' ['...' | top_types] ')' '->' top_type
    private mutating func parseFunType() throws(SyntaxError) {
        try expectPunct("(")
        if isPunct("...") {
            advance()
        } else if !isPunct(")") {
            try parseTopTypes()
        }
        try expectPunct(")")
        try expectPunct("->")
        try parseTopType()
    }

    /// type_guard -> atom '(' top_types ')' | var '::' top_type ; comma-separated.
    /// The only constraints erl_parse knows are `is_subtype(Var, Type)` and
    /// `Var :: Type`, and the variable may not be `_`.
    private mutating func parseTypeGuards() throws(SyntaxError) {
        var first = true
        repeat {
            if !first { advance() }
            first = false
            switch current.kind {
            case .atom(let name):
                let location = current.location
                advance()
                try expectPunct("(")
                let constrained = index
                let count = try parseTopTypes()
                try expectPunct(")")
                guard name == "is_subtype", count == 2 else {
                    throw SyntaxError(location, "unsupported constraint " + name)
                }
                try checkConstrainedVariable(at: constrained, alone: tokens[constrained + 1].kind == .punct(","))
            case .variable:
                let constrained = index
                advance()
                try expectPunct("::")
                try parseTopType()
                try checkConstrainedVariable(at: constrained, alone: true)
            default:
                throw syntaxError()
            }
        } while isPunct(",")
    }

    /// The constrained type (starting at token `i`) must be a lone named variable.
    private func checkConstrainedVariable(at i: Int, alone: Bool) throws(SyntaxError) {
        guard alone, case .variable(let name) = tokens[i].kind, name != "_" else {
            throw SyntaxError(tokens[i].location, "bad type variable")
        }
    }
}

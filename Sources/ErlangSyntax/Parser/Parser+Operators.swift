// Operator expressions, by precedence climbing over erl_parse's table:
//
//   100 right    =  !
//   150 right    orelse
//   160 right    andalso
//   200 nonassoc == /= =< < >= > =:= =/=
//   300 right    ++ --
//   400 left     + - bor bxor bsl bsr or xor
//   500 left     * / div rem band and
//   600 prefix   + - bnot not
//
// `catch` is a prefix of the lowest precedence that may open any operand:
// `1 + catch 2 * 3` is `1 + (catch (2 * 3))`, as in erl_parse.

/// Which grammar an operand follows. Function heads, fun heads and try-catch
/// patterns use erl_parse's `pat_expr`, which allows no `catch`, `!`, `andalso`,
/// `orelse`, calls, remote names or record/map updates (erlc reports those as
/// syntax errors). Elements inside lists, tuples, maps, records and binaries
/// are ordinary expressions again.
enum Grammar { case expression, pattern }

struct BinaryOperator {
    enum Associativity { case left, right, none }
    var precedence: Int
    var associativity: Associativity

    static func lookup(_ kind: Token.Kind, in grammar: Grammar) -> (name: String, op: BinaryOperator)? {
        let name: String
        switch kind {
        case .punct(let p): name = p
        case .keyword(let k): name = k
        default: return nil
        }
        guard let op = table[name] else { return nil }
        if grammar == .pattern, op.precedence < 200, name != "=" { return nil }
        return (name, op)
    }

    private static let table: [String: BinaryOperator] = {
        var t: [String: BinaryOperator] = [:]
        for n in ["=", "!"] { t[n] = BinaryOperator(precedence: 100, associativity: .right) }
        t["orelse"] = BinaryOperator(precedence: 150, associativity: .right)
        t["andalso"] = BinaryOperator(precedence: 160, associativity: .right)
        for n in ["==", "/=", "=<", "<", ">=", ">", "=:=", "=/="] {
            t[n] = BinaryOperator(precedence: 200, associativity: .none)
        }
        for n in ["++", "--"] { t[n] = BinaryOperator(precedence: 300, associativity: .right) }
        for n in ["+", "-", "bor", "bxor", "bsl", "bsr", "or", "xor"] {
            t[n] = BinaryOperator(precedence: 400, associativity: .left)
        }
        for n in ["*", "/", "div", "rem", "band", "and"] {
            t[n] = BinaryOperator(precedence: 500, associativity: .left)
        }
        return t
    }()
}

extension Parser {
    /// expr -> 'catch' expr | expr_100
    mutating func parseExpr() throws(SyntaxError) -> Expr {
        try parseBinary(minPrecedence: 100, grammar: .expression)
    }

    /// pat_expr -> pat_expr_200 '=' pat_expr | pat_expr_200
    mutating func parsePattern() throws(SyntaxError) -> Expr {
        try parseBinary(minPrecedence: 100, grammar: .pattern)
    }

    /// exprs -> expr (',' expr)*
    mutating func parseExprList() throws(SyntaxError) -> [Expr] {
        var exprs = [try parseExpr()]
        while isPunct(",") {
            advance()
            exprs.append(try parseExpr())
        }
        return exprs
    }

    /// Operators of at least `minPrecedence`. Chains of one right-associative
    /// level are gathered in a loop and folded from the right, so that long
    /// `A ++ B ++ ...` chains do not recurse.
    mutating func parseBinary(minPrecedence: Int, grammar: Grammar) throws(SyntaxError) -> Expr {
        let first = try parseOperand(grammar)
        return try parseOperators(after: first, minPrecedence: minPrecedence, grammar: grammar)
    }

    /// Goes on with an expression whose first primary (a parenthesized
    /// expression) has already been parsed.
    mutating func continueExpression(from primary: Expr) throws(SyntaxError) -> Expr {
        let operand = try parseSuffixes(primary)
        return try parseOperators(after: operand, minPrecedence: 100, grammar: .expression)
    }

    /// The operator loop of `parseBinary`, in a function of its own so that the
    /// frame that stays on the stack while an operand nests is a small one.
    private mutating func parseOperators(after first: Expr, minPrecedence: Int, grammar: Grammar) throws(SyntaxError) -> Expr {
        var lhs = first
        var chainLength = 0
        // Operators must stay below this precedence: after `a == b` another
        // comparison is an error (non-associative); after `a + b` only `+`-level
        // or lower may continue.
        var ceiling = Int.max
        while let (name, op) = BinaryOperator.lookup(current.kind, in: grammar),
              op.precedence >= minPrecedence, op.precedence < ceiling {
            switch op.associativity {
            case .left, .none:
                chainLength += 1
                try checkChainLength(chainLength)
                let opToken = current
                advance()
                let rhs = try parseBinary(minPrecedence: op.precedence + 1, grammar: grammar)
                lhs = Self.makeBinary(name, lhs, rhs, at: opToken.location)
                ceiling = op.associativity == .left ? op.precedence + 1 : op.precedence
            case .right:
                lhs = try parseRightChain(first: lhs, precedence: op.precedence, grammar: grammar)
                ceiling = op.precedence
            }
        }
        return lhs
    }

    /// `first op e1 op e2 ...` at one right-associative level, as first op (e1 op (e2 ...)).
    private mutating func parseRightChain(first: Expr, precedence: Int, grammar: Grammar) throws(SyntaxError) -> Expr {
        var operands = [first]
        var operators: [(String, SourceLocation)] = []
        while let (name, op) = BinaryOperator.lookup(current.kind, in: grammar), op.precedence == precedence {
            try checkChainLength(operators.count)
            operators.append((name, current.location))
            advance()
            operands.append(try parseBinary(minPrecedence: precedence + 1, grammar: grammar))
        }
        var result = operands[operands.count - 1]
        for i in stride(from: operators.count - 1, through: 0, by: -1) {
            result = Self.makeBinary(operators[i].0, operands[i], result, at: operators[i].1)
        }
        return result
    }

    static func makeBinary(_ name: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> Expr {
        name == "=" ? Expr(.match(lhs, rhs), lhs.firstLocation) : Expr(.binaryOp(name, lhs, rhs), location)
    }

    /// expr_600 -> 'catch' expr | prefix_op expr_600 | expr_700
    /// (A dispatcher only, to keep its frame small: see Parser+Primary.swift.)
    mutating func parseOperand(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        if grammar == .expression, isKeyword("catch") { return try parseCatch() }
        if prefixOperator() != nil { return try parsePrefixed(grammar) }
        return try parsePostfix(grammar)
    }

    private mutating func parseCatch() throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let start = current.location
        advance()
        return Expr(.catch(try parseExpr()), start)
    }

    private mutating func parsePrefixed(_ grammar: Grammar) throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let op = prefixOperator() ?? "-"
        let start = current.location
        advance()
        let operandStart = index
        let operand = try parseOperand(grammar)
        return applyPrefix(op, to: operand, at: start, operandStart: operandStart)
    }

    /// The prefix operator at the cursor: + - bnot not.
    func prefixOperator() -> String? {
        switch current.kind {
        case .punct("+"), .punct("-"): if case .punct(let p) = current.kind { return p }
        case .keyword("bnot"), .keyword("not"): if case .keyword(let k) = current.kind { return k }
        default: break
        }
        return nil
    }

    /// `-1`, `+2.5`, `-$a` become number literals (so `-1` works as a pattern);
    /// everything else is a `unaryOp`. A literal already produced by folding is
    /// not folded again (`- -1` stays an operator, as erl_parse keeps it).
    func applyPrefix(_ op: String, to operand: Expr, at location: SourceLocation, operandStart: Int) -> Expr {
        let operandIsSigned: Bool
        switch tokens[operandStart].kind {
        case .punct("-"), .punct("+"): operandIsSigned = true
        default: operandIsSigned = false
        }
        if (op == "-" || op == "+"), !operandIsSigned, let folded = Self.fold(op, operand.kind) {
            return Expr(folded, location)
        }
        return Expr(.unaryOp(op, operand), location)
    }

    static func fold(_ op: String, _ kind: ExprKind) -> ExprKind? {
        let negate = op == "-"
        switch kind {
        case .integer(let n), .char(let n):
            guard negate else { return .integer(n) }
            if n == Int.min { return .bigInteger("9223372036854775808") }
            return .integer(-n)
        case .bigInteger(let digits):
            guard negate else { return kind }
            if digits == "9223372036854775808" { return .integer(Int.min) }
            return .bigInteger(digits.hasPrefix("-") ? String(digits.dropFirst()) : "-" + digits)
        case .float(let x):
            return .float(negate ? -x : x)
        default:
            return nil
        }
    }
}

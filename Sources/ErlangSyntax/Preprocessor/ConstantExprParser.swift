/// Why a directive's expression could not be parsed.
enum ConstantExprError: Error {
    /// erl_parse's "syntax error before: X" at the offending token.
    case syntax(Token)
    /// Valid Erlang, but outside the little language (a fun, a case, a record...).
    case unsupported
}

/// A precedence-climbing parser for `ConstantExpr`, over the tokens between a
/// directive's parentheses. Operator priorities follow erl_parse:
///
///     expr   -> expr100 ; expr100 -> expr150 ('=' expr100)?
///     expr150 -> expr160 ('orelse' expr150)?     expr160 -> expr200 ('andalso' expr160)?
///     expr200 -> expr300 (compop expr300)?       expr300 -> expr400 (listop expr300)?
///     expr400 -> expr500 (addop expr500)*         expr500 -> expr600 (mulop expr600)*
///     expr600 -> prefixop expr600 | primary
struct ConstantExprParser {
    private let tokens: [Token]
    var position = 0
    /// Where to report "syntax error before" when the tokens run out.
    private let end: Token

    /// `end` stands for what follows the expression (the directive's closing `)`).
    init(_ tokens: [Token], end: Token) {
        self.tokens = tokens
        self.end = end
    }

    /// Parses exactly one expression covering all the tokens.
    static func parse(_ tokens: [Token], end: Token) throws(ConstantExprError) -> ConstantExpr {
        var parser = ConstantExprParser(tokens, end: end)
        let expr = try parser.parseExpr()
        guard parser.position == tokens.count else { throw .syntax(parser.current) }
        return expr
    }

    var current: Token { position < tokens.count ? tokens[position] : end }

    func isPunct(_ s: String) -> Bool {
        if case .punct(let p) = current.kind { return p == s }
        return false
    }

    /// The current token as an operator name (`+`, `div`, `andalso`...), if it is one.
    private var operatorName: String? {
        switch current.kind {
        case .punct(let p): return p
        case .keyword(let k): return k
        default: return nil
        }
    }

    mutating func expect(_ s: String) throws(ConstantExprError) {
        guard isPunct(s) else { throw .syntax(current) }
        position += 1
    }

    static let comparisonOps: Set<String> = ["==", "/=", "=<", "<", ">=", ">", "=:=", "=/="]
    static let listOps: Set<String> = ["++", "--"]
    static let addOps: Set<String> = ["+", "-", "bor", "bxor", "bsl", "bsr", "or", "xor"]
    static let mulOps: Set<String> = ["/", "*", "div", "rem", "band", "and"]
    static let prefixOps: Set<String> = ["+", "-", "bnot", "not"]

    mutating func parseExpr() throws(ConstantExprError) -> ConstantExpr {
        let lhs = try parseOrelse()
        if isPunct("=") {
            position += 1
            return .match(lhs, try parseExpr())
        }
        if isPunct("!") { throw .unsupported }
        return lhs
    }

    private mutating func parseOrelse() throws(ConstantExprError) -> ConstantExpr {
        let lhs = try parseAndalso()
        guard operatorName == "orelse" else { return lhs }
        position += 1
        return .binaryOp(op: "orelse", lhs, try parseOrelse())
    }

    private mutating func parseAndalso() throws(ConstantExprError) -> ConstantExpr {
        let lhs = try parseComparison()
        guard operatorName == "andalso" else { return lhs }
        position += 1
        return .binaryOp(op: "andalso", lhs, try parseAndalso())
    }

    private mutating func parseComparison() throws(ConstantExprError) -> ConstantExpr {
        let lhs = try parseListOp()
        guard let op = operatorName, Self.comparisonOps.contains(op) else { return lhs }
        position += 1
        return .binaryOp(op: op, lhs, try parseListOp())
    }

    private mutating func parseListOp() throws(ConstantExprError) -> ConstantExpr {
        let lhs = try parseLeftAssociative(Self.addOps) { (p: inout ConstantExprParser) throws(ConstantExprError) in
            try p.parseLeftAssociative(Self.mulOps) { (q: inout ConstantExprParser) throws(ConstantExprError) in
                try q.parsePrefix()
            }
        }
        guard let op = operatorName, Self.listOps.contains(op) else { return lhs }
        position += 1
        return .binaryOp(op: op, lhs, try parseListOp())
    }

    private mutating func parseLeftAssociative(
        _ ops: Set<String>,
        _ operand: (inout ConstantExprParser) throws(ConstantExprError) -> ConstantExpr
    ) throws(ConstantExprError) -> ConstantExpr {
        var lhs = try operand(&self)
        while let op = operatorName, ops.contains(op) {
            position += 1
            lhs = .binaryOp(op: op, lhs, try operand(&self))
        }
        return lhs
    }

    private mutating func parsePrefix() throws(ConstantExprError) -> ConstantExpr {
        if let op = operatorName, Self.prefixOps.contains(op) {
            position += 1
            return .unary(op: op, try parsePrefix())
        }
        return try parsePrimary()
    }
}

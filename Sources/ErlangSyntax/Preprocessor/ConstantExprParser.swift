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
    /// Nesting of the recursive rules, and operators in the current left-associative
    /// chain: both bound the native stack used here and by the tree walkers after.
    private var depth = 0
    private var chainLength = 0

    /// Conditions in practice are a line long; deeper ones are rejected as badly
    /// formed rather than risking the native stack.
    static let maxDepth = 200
    static let maxChainLength = 1000

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

    /// Counts one level of recursion; fails past `maxDepth`.
    private mutating func enter() throws(ConstantExprError) {
        depth += 1
        if depth > Self.maxDepth { throw .unsupported }
    }

    mutating func parseExpr() throws(ConstantExprError) -> ConstantExpr {
        try enter()
        defer { depth -= 1 }
        let lhs = try parseOrelse()
        if isPunct("=") {
            position += 1
            return .match(lhs, try parseExpr())
        }
        if isPunct("!") { throw .unsupported }
        return lhs
    }

    private mutating func parseOrelse() throws(ConstantExprError) -> ConstantExpr {
        try enter()
        defer { depth -= 1 }
        let lhs = try parseAndalso()
        guard operatorName == "orelse" else { return lhs }
        position += 1
        return .binaryOp(op: "orelse", lhs, try parseOrelse())
    }

    private mutating func parseAndalso() throws(ConstantExprError) -> ConstantExpr {
        try enter()
        defer { depth -= 1 }
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
        try enter()
        defer { depth -= 1 }
        let lhs = try parseAdditive()
        guard let op = operatorName, Self.listOps.contains(op) else { return lhs }
        position += 1
        return .binaryOp(op: op, lhs, try parseListOp())
    }

    /// Left-associative chains build their tree in a loop, not by recursion.
    private mutating func parseAdditive() throws(ConstantExprError) -> ConstantExpr {
        var lhs = try parseMultiplicative()
        while let op = operatorName, Self.addOps.contains(op) {
            try countChainLink()
            position += 1
            lhs = .binaryOp(op: op, lhs, try parseMultiplicative())
        }
        return lhs
    }

    private mutating func parseMultiplicative() throws(ConstantExprError) -> ConstantExpr {
        var lhs = try parsePrefix()
        while let op = operatorName, Self.mulOps.contains(op) {
            try countChainLink()
            position += 1
            lhs = .binaryOp(op: op, lhs, try parsePrefix())
        }
        return lhs
    }

    private mutating func countChainLink() throws(ConstantExprError) {
        chainLength += 1
        if chainLength > Self.maxChainLength { throw .unsupported }
    }

    private mutating func parsePrefix() throws(ConstantExprError) -> ConstantExpr {
        try enter()
        defer { depth -= 1 }
        if let op = operatorName, Self.prefixOps.contains(op) {
            position += 1
            return .unary(op: op, try parsePrefix())
        }
        return try parsePrimary()
    }
}

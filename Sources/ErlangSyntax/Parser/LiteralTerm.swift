// Literal terms in attribute values. erl_parse turns `-name(Value).` into a term
// (erl_parse:normalise/1) and rejects other expressions with "bad attribute".

enum LiteralTerm {
    /// The attribute value as erl_parse:normalise/1 sees it, or nil if it is not
    /// a literal term. Literals are atomic values, lists, tuples, maps with `=>`
    /// fields, binaries of literal segments and `fun M:F/A` with literal parts;
    /// `Name/Arity` with an atom and an integer becomes the tuple `{Name,Arity}`
    /// (as in `-compile({inline, [f/1]})`).
    static func normalized(_ expr: Expr) -> Expr? {
        switch expr.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil:
            return expr
        case .cons:
            return normalizedList(expr)
        case .tuple(let elements):
            guard let elements = normalizedAll(elements) else { return nil }
            return Expr(.tuple(elements), expr.loc)
        case .map(nil, let fields):
            var normalizedFields: [MapField] = []
            for field in fields {
                guard !field.exact, let key = normalized(field.key), let value = normalized(field.value) else {
                    return nil
                }
                normalizedFields.append(MapField(key: key, value: value, exact: false))
            }
            return Expr(.map(base: nil, fields: normalizedFields), expr.loc)
        case .binary(let elements):
            return elements.allSatisfy(isLiteralSegment) ? expr : nil
        case .remoteFunRef(let m, let f, let a):
            if case .atom = m.kind, case .atom = f.kind, case .integer = a.kind { return expr }
            return nil
        case .binaryOp("/", let name, let arity):
            if case .atom = name.kind, case .integer = arity.kind { return Expr(.tuple([name, arity]), name.loc) }
            return nil
        default:
            return nil
        }
    }

    private static func normalizedAll(_ exprs: [Expr]) -> [Expr]? {
        var result: [Expr] = []
        for e in exprs {
            guard let n = normalized(e) else { return nil }
            result.append(n)
        }
        return result
    }

    /// Lists iteratively over their tails, so that long literal lists do not recurse.
    private static func normalizedList(_ list: Expr) -> Expr? {
        var cells: [(head: Expr, loc: SourceLocation)] = []
        var node = list
        while case .cons(let head, let tail) = node.kind {
            guard let h = normalized(head) else { return nil }
            cells.append((h, node.loc))
            node = tail
        }
        guard var result = normalized(node) else { return nil }
        for cell in cells.reversed() { result = Expr(.cons(cell.head, result), cell.loc) }
        return result
    }

    private static func isLiteralSegment(_ element: BinElement) -> Bool {
        switch element.value.kind {
        case .integer, .float, .char, .string: break
        default: return false
        }
        guard let size = element.size else { return true }
        if case .integer = size.kind { return true }
        return false
    }

    /// The elements of a proper list literal (a string counts as its characters).
    static func listElements(_ expr: Expr) -> [Expr]? {
        var elements: [Expr] = []
        var node = expr
        while true {
            switch node.kind {
            case .nil: return elements
            case .string(let chars):
                return elements + chars.map { Expr(.integer($0), node.loc) }
            case .cons(let head, let tail):
                elements.append(head)
                node = tail
            default: return nil
            }
        }
    }

    /// The term as `~w` prints it, for messages about literal values.
    static func text(_ expr: Expr) -> String {
        switch expr.kind {
        case .atom(let name): return QuotedText.atom(name)
        case .integer(let n), .char(let n): return String(n)
        case .bigInteger(let digits): return digits
        case .float(let x): return ErlangFloatText.shortest(x)
        case .tuple(let elements): return "{" + elements.map(text).joined(separator: ",") + "}"
        case .nil, .string, .cons: return listText(expr)
        default: return "..."
        }
    }

    private static func listText(_ expr: Expr) -> String {
        var parts: [String] = []
        var node = expr
        while true {
            switch node.kind {
            case .nil:
                return "[" + parts.joined(separator: ",") + "]"
            case .string(let chars):
                if chars.isEmpty { return "[" + parts.joined(separator: ",") + "]" }
                parts += chars.map(String.init)
                return "[" + parts.joined(separator: ",") + "]"
            case .cons(let head, let tail):
                parts.append(text(head))
                node = tail
            default:
                return "[" + parts.joined(separator: ",") + "|" + text(node) + "]"
            }
        }
    }
}

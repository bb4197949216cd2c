// Literal terms in attribute values. erl_parse turns `-name(Value).` into a term
// (erl_parse:normalise/1) and rejects other expressions with "bad attribute".

enum LiteralTerm {
    /// Whether erl_parse could turn the expression into a term: atomic literals,
    /// lists, tuples, maps with `=>` fields, binaries of literal segments and
    /// `fun M:F/A` with literal parts, all with literal contents.
    static func isLiteral(_ expr: Expr) -> Bool {
        // Iterative over list tails, so that long literal lists do not recurse.
        var node = expr
        while true {
            switch node.kind {
            case .cons(let head, let tail):
                guard isLiteral(head) else { return false }
                node = tail
            case .integer, .bigInteger, .float, .atom, .char, .string, .nil:
                return true
            case .tuple(let elements):
                return elements.allSatisfy(isLiteral)
            case .map(nil, let fields):
                return fields.allSatisfy { !$0.exact && isLiteral($0.key) && isLiteral($0.value) }
            case .binary(let elements):
                return elements.allSatisfy(isLiteralSegment)
            case .remoteFunRef(let m, let f, let a):
                if case .atom = m.kind, case .atom = f.kind, case .integer = a.kind { return true }
                return false
            default:
                return false
            }
        }
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

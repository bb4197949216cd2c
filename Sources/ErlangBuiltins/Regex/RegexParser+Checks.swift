/// Checks that need the whole tree: lookbehind lengths and named references.
extension RegexParser {
    /// The number of characters `node` always matches, or nil when it varies.
    static func fixedLength(_ node: RegexNode) -> Int? {
        switch node {
        case .empty, .assertion, .lookahead, .lookbehind: return 0
        case .char, .any, .set: return 1
        case .group(let inner, _), .atomic(let inner): return fixedLength(inner)
        case .concat(let items):
            var total = 0
            for item in items { guard let n = fixedLength(item) else { return nil }; total += n }
            return total
        case .alternation(let branches):
            let lengths = branches.map(fixedLength)
            guard let first = lengths.first ?? nil, lengths.allSatisfy({ $0 == first }) else { return nil }
            return first
        case .repetition(let inner, let min, let max, _):
            guard max == min, let n = fixedLength(inner) else { return nil }
            return n * min
        case .backref, .namedBackref: return nil
        }
    }

    /// Replaces `\k<name>` references by group numbers.
    func resolveNames(_ node: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        switch node {
        case .namedBackref(let name, let caseless, let position):
            guard let n = names[name] else { throw error("reference to non-existent subpattern", at: position) }
            return .backref(n, caseless: caseless)
        case .group(let inner, let index): return .group(try resolveNames(inner), index: index)
        case .atomic(let inner): return .atomic(try resolveNames(inner))
        case .concat(let items):
            var out: [RegexNode] = []
            for item in items { out.append(try resolveNames(item)) }
            return .concat(out)
        case .alternation(let branches):
            var out: [RegexNode] = []
            for b in branches { out.append(try resolveNames(b)) }
            return .alternation(out)
        case .repetition(let inner, let min, let max, let kind):
            return .repetition(try resolveNames(inner), min: min, max: max, kind: kind)
        case .lookahead(let inner, let negated): return .lookahead(try resolveNames(inner), negated: negated)
        case .lookbehind(let branches, let negated):
            var out: [(RegexNode, Int)] = []
            for (b, n) in branches { out.append((try resolveNames(b), n)) }
            return .lookbehind(out, negated: negated)
        default: return node
        }
    }
}

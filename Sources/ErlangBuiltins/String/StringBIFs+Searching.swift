import ErlangRuntime

/// Unicode API functions that look for separators or patterns. Patterns match whole
/// grapheme clusters.
extension StringBIFs {
    static let searching: [String: BIFFunction] = [
        "split/2": { a, _ throws(ErlangError) in try split(a[0], a[1], .atom("leading")) },
        "split/3": { a, _ throws(ErlangError) in try split(a[0], a[1], a[2]) },
        "replace/3": { a, _ throws(ErlangError) in try replace(a[0], a[1], a[2], .atom("leading")) },
        "replace/4": { a, _ throws(ErlangError) in try replace(a[0], a[1], a[2], a[3]) },
        "find/2": { a, _ throws(ErlangError) in try find(a[0], a[1], .atom("leading")) },
        "find/3": { a, _ throws(ErlangError) in try find(a[0], a[1], a[2]) },
        "prefix/2": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            let prefix = try CharData(a[1], .functionClause).scalars
            guard text.scalars.starts(with: prefix) else { return .atom("nomatch") }
            return text.make(text.scalars.dropFirst(prefix.count))
        },
        "lexemes/2": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            let separators = try CharData.graphemeSet(a[1])
            var parts: [Term] = []
            var current: [[Unicode.Scalar]] = []
            for g in text.graphemes {
                if separators.contains(g) {
                    if !current.isEmpty { parts.append(text.make(graphemes: current)); current = [] }
                } else {
                    current.append(g)
                }
            }
            if !current.isEmpty { parts.append(text.make(graphemes: current)) }
            return Term.list(parts)
        },
        // The Nth of the lexemes/2 parts; [] past the last one.
        "nth_lexeme/3": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[1], n >= 1 else { throw .functionClause }
            let text = try CharData(a[0], .functionClause)
            let separators = try CharData.graphemeSet(a[2])
            var index = 0
            var current: [[Unicode.Scalar]] = []
            for g in text.graphemes {
                if separators.contains(g) {
                    if !current.isEmpty {
                        index += 1
                        if index == n { return text.make(graphemes: current) }
                        current = []
                    }
                } else {
                    current.append(g)
                }
            }
            if !current.isEmpty && index + 1 == n { return text.make(graphemes: current) }
            return .nil
        },
    ]

    /// Where `pattern` occurs in `g`, as grapheme indices, first to last.
    static func occurrences(of pattern: [[Unicode.Scalar]], in g: [[Unicode.Scalar]]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= g.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i + pattern.count <= g.count {
            if g[i] == pattern[0] && g[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(i)
                i += pattern.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// The pieces between the chosen occurrences: the first (`leading`), the last
    /// (`trailing`) or every one (`all`).
    static func pieces(_ text: CharData, _ patternT: Term, _ whereT: Term) throws(ErlangError) -> [Term] {
        let pattern = try CharData(patternT, .functionClause).graphemes
        let g = text.graphemes
        var cuts = occurrences(of: pattern, in: g)
        switch whereT.asAtom?.name {
        case "leading": cuts = Array(cuts.prefix(1))
        case "trailing": cuts = cuts.last.map { [$0] } ?? []
        case "all": break
        default: throw .error(.tuple(.atom(.caseClause), whereT))
        }
        var parts: [Term] = []
        var at = 0
        for cut in cuts {
            parts.append(text.make(graphemes: g[at..<cut]))
            at = cut + pattern.count
        }
        parts.append(text.make(graphemes: g[at...]))
        return parts
    }

    static func split(_ t: Term, _ pattern: Term, _ whereT: Term) throws(ErlangError) -> Term {
        Term.list(try pieces(try CharData(t, .functionClause), pattern, whereT))
    }

    /// The pieces of split/3 with `replacement` between them.
    static func replace(_ t: Term, _ pattern: Term, _ replacement: Term,
                        _ whereT: Term) throws(ErlangError) -> Term {
        let parts = try pieces(try CharData(t, .functionClause), pattern, whereT)
        var out: [Term] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(replacement) }
            out.append(part)
        }
        return Term.list(out)
    }

    static func find(_ t: Term, _ patternT: Term, _ dir: Term) throws(ErlangError) -> Term {
        let text = try CharData(t, .functionClause)
        let pattern = try CharData(patternT, .functionClause).graphemes
        if pattern.isEmpty { return t }
        let g = text.graphemes
        let found: Int?
        switch dir.asAtom?.name {
        case "leading": found = occurrences(of: pattern, in: g).first
        case "trailing":
            // The last occurrence, overlapping ones included.
            found = (0...max(0, g.count - pattern.count)).reversed().first {
                $0 + pattern.count <= g.count && g[$0..<($0 + pattern.count)].elementsEqual(pattern)
            }
        default: throw .functionClause
        }
        guard let start = found else { return .atom("nomatch") }
        return text.make(graphemes: g[start...])
    }
}

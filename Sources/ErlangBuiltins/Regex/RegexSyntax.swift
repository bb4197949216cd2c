/// The parsed form of a regular expression, before it is compiled to matcher code.
indirect enum RegexNode {
    case empty
    /// One code point; `caseless` also accepts its other case.
    case char(UInt32, caseless: Bool)
    /// `.`; without dotall it stops at a newline.
    case any(dotall: Bool)
    case set(RegexCharSet)
    case assertion(RegexAssertion)
    /// A group; `index` is the capture number, nil for `(?:...)`.
    case group(RegexNode, index: Int?)
    case concat([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?, kind: RepetitionKind)
    case backref(Int, caseless: Bool)
    /// Resolved to a number once the whole pattern (and so every name) is known.
    case namedBackref(String, caseless: Bool, position: Int)
    /// Lookahead, or lookbehind with each alternative's fixed length in characters.
    case lookahead(RegexNode, negated: Bool)
    case lookbehind([(RegexNode, Int)], negated: Bool)
    /// `(?>...)`: the first way the inside matches, never backtracked into.
    case atomic(RegexNode)
}

enum RepetitionKind { case greedy, lazy, possessive }

enum RegexAssertion {
    /// `^`: subject start, or after any newline when multiline.
    case lineStart(multiline: Bool)
    /// `$`: end (or before a final newline), or before any newline when multiline.
    case lineEnd(multiline: Bool, endOnly: Bool)
    case subjectStart          // \A
    case subjectEnd            // \z
    case subjectEndOrNewline   // \Z
    case matchStart            // \G
    case wordBoundary(negated: Bool)
}

/// A bracketed class or escape like `\d`: ranges and predicates, maybe negated.
struct RegexCharSet {
    var ranges: [ClosedRange<UInt32>] = []
    var predicates: [(UInt32) -> Bool] = []
    var negated = false
    var caseless = false
    var unicode = false

    func contains(_ c: UInt32) -> Bool {
        var hit = matchesDirectly(c)
        if !hit && caseless {
            let other = RegexChars.otherCase(c, unicode: unicode)
            if other != c { hit = matchesDirectly(other) }
        }
        return hit != negated
    }

    private func matchesDirectly(_ c: UInt32) -> Bool {
        for r in ranges where r.contains(c) { return true }
        for p in predicates where p(c) { return true }
        return false
    }
}

/// A pattern error: PCRE's message and the byte offset it reports.
struct RegexSyntaxError: Error {
    let message: String
    let offset: Int
}

/// Compile-time options that inline `(?imsxU)` settings can change.
struct RegexFlags {
    var caseless = false
    var multiline = false
    var dotall = false
    var extended = false
    var ungreedy = false
    var dollarEndOnly = false
    var unicode = false
}

/// The result of parsing: the tree, the number of capture groups and their names.
struct ParsedRegex {
    let root: RegexNode
    let groupCount: Int
    let names: [String: Int]
}

/// A recursive-descent parser for the PCRE syntax subset swerl supports. Recursion
/// depth follows the pattern's group nesting, not the subject, so it stays shallow.
struct RegexParser {
    let chars: [UInt32]
    let unicode: Bool
    var i = 0
    var flags: RegexFlags
    var groupCount = 0
    var names: [String: Int] = [:]
    var maxBackref = 0

    static func parse(_ chars: [UInt32], flags: RegexFlags) throws(RegexSyntaxError) -> ParsedRegex {
        var p = RegexParser(chars: chars, unicode: flags.unicode, flags: flags)
        let root = try p.parseAlternation()
        if p.i < chars.count { throw p.error("unmatched parentheses", at: p.i) }
        let resolved = try p.resolveNames(root)
        if p.maxBackref > p.groupCount {
            throw p.error("reference to non-existent subpattern", at: chars.count)
        }
        return ParsedRegex(root: resolved, groupCount: p.groupCount, names: p.names)
    }

    init(chars: [UInt32], unicode: Bool, flags: RegexFlags) {
        self.chars = chars; self.unicode = unicode; self.flags = flags
    }

    /// PCRE reports offsets in bytes of the (UTF-8 in unicode mode) pattern.
    func error(_ message: String, at index: Int) -> RegexSyntaxError {
        var offset = 0
        for c in chars.prefix(index) {
            offset += !unicode || c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        }
        return RegexSyntaxError(message: message, offset: offset)
    }

    var atEnd: Bool { i >= chars.count }
    var peek: UInt32? { i < chars.count ? chars[i] : nil }
    func peek(_ ahead: Int) -> UInt32? { i + ahead < chars.count ? chars[i + ahead] : nil }
    func isChar(_ c: UInt32?, _ s: Unicode.Scalar) -> Bool { c == s.value }

    // MARK: structure

    mutating func parseAlternation() throws(RegexSyntaxError) -> RegexNode {
        var branches: [RegexNode] = [try parseSequence()]
        while isChar(peek, "|") {
            i += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func parseSequence() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while true {
            skipExtendedSpace()
            guard let c = peek, c != 0x7C, c != 0x29 else { break }   // | )
            let start = i
            guard let atom = try parseAtom() else { continue }
            skipExtendedSpace()
            items.append(try parseQuantifiers(atom, atomStart: start))
        }
        return items.count == 1 ? items[0] : items.isEmpty ? .empty : .concat(items)
    }

    mutating func skipExtendedSpace() {
        guard flags.extended else { return }
        while let c = peek {
            if RegexChars.isSpace(c) { i += 1; continue }
            if c == 0x23 {   // # comment to end of line
                while let d = peek, d != 0x0A { i += 1; _ = d }
                continue
            }
            break
        }
    }

    mutating func parseQuantifiers(_ atom: RegexNode, atomStart: Int) throws(RegexSyntaxError) -> RegexNode {
        var node = atom
        while let c = peek {
            var min = 0, max: Int? = nil
            let qStart = i
            switch c {
            case 0x2A: i += 1                      // *
            case 0x2B: i += 1; min = 1             // +
            case 0x3F: i += 1; max = 1             // ?
            case 0x7B:                             // {
                guard let (lo, hi, end) = try countedQuantifier() else { return node }
                min = lo; max = hi; i = end
            default: return node
            }
            if case .assertion = node { } else if isRepeatable(node) == false {
                throw error("nothing to repeat", at: qStart)
            }
            var kind: RepetitionKind = flags.ungreedy ? .lazy : .greedy
            if isChar(peek, "?") { i += 1; kind = flags.ungreedy ? .greedy : .lazy }
            else if isChar(peek, "+") { i += 1; kind = .possessive }
            node = .repetition(node, min: min, max: max, kind: kind)
            skipExtendedSpace()
        }
        return node
    }

    func isRepeatable(_ node: RegexNode) -> Bool {
        if case .repetition = node { return false }
        return true
    }

    /// `{n}`, `{n,}` or `{n,m}` at `i`: (min, max, index after `}`), or nil when the
    /// brace is a literal.
    func countedQuantifier() throws(RegexSyntaxError) -> (Int, Int?, Int)? {
        var j = i + 1
        func number(_ j: inout Int) -> Int? {
            var n: Int? = nil
            while j < chars.count, RegexChars.isDigit(chars[j]) {
                let value = (n ?? 0) * 10 + Int(chars[j] - 0x30)
                n = min(value, 65536)   // too big either way; stop growing
                j += 1
            }
            return n
        }
        guard let lo = number(&j) else { return nil }
        var hi: Int? = lo
        if j < chars.count, chars[j] == 0x2C {
            j += 1
            hi = number(&j)
        }
        guard j < chars.count, chars[j] == 0x7D else { return nil }
        if lo > 65535 || (hi ?? 0) > 65535 { throw error("number too big in {} quantifier", at: j) }
        if let h = hi, h < lo { throw error("numbers out of order in {} quantifier", at: j) }
        return (lo, hi, j + 1)
    }

    // MARK: atoms

    /// One atom, or nil for something that matches nothing here (an option setting,
    /// a comment, an empty \Q\E).
    mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode? {
        guard let c = peek else { return nil }
        switch c {
        case 0x28: return try parseGroup()                              // (
        case 0x5B: return .set(try parseClass())                        // [
        case 0x2E: i += 1; return .any(dotall: flags.dotall)            // .
        case 0x5E: i += 1; return .assertion(.lineStart(multiline: flags.multiline))
        case 0x24: i += 1
            return .assertion(.lineEnd(multiline: flags.multiline, endOnly: flags.dollarEndOnly))
        case 0x5C: return try parseEscape()
        case 0x2A, 0x2B, 0x3F: throw error("nothing to repeat", at: i)
        case 0x7B:
            if (try? countedQuantifier()) ?? nil != nil { throw error("nothing to repeat", at: i) }
            i += 1; return literal(c)
        default: i += 1; return literal(c)
        }
    }

    func literal(_ c: UInt32) -> RegexNode {
        let folds = flags.caseless && RegexChars.otherCase(c, unicode: unicode) != c
        return .char(c, caseless: folds)
    }

    mutating func parseGroup() throws(RegexSyntaxError) -> RegexNode? {
        i += 1
        let saved = flags
        var kind: GroupKind = .capture(nil)
        if isChar(peek, "?") {
            i += 1
            // nil: a comment, or (?i) whose flags stay set for the rest of the enclosing group
            guard let k = try groupKind() else { return nil }
            kind = k
        } else if isChar(peek, "*") {
            throw error("(*VERB) not recognized or malformed", at: i + 1)
        }
        var index: Int? = nil
        if case .capture(let name) = kind {
            groupCount += 1
            index = groupCount
            if let name {
                if names[name] != nil { throw error("two named subpatterns have the same name", at: i - 1) }
                names[name] = groupCount
            }
        }
        let inner = try parseAlternation()
        guard isChar(peek, ")") else { throw error("missing )", at: chars.count) }
        i += 1
        flags = saved
        switch kind {
        case .capture: return .group(inner, index: index)
        case .plain: return .group(inner, index: nil)
        case .atomic: return .atomic(inner)
        case .lookahead(let negated): return .lookahead(inner, negated: negated)
        case .lookbehind(let negated):
            let branches: [RegexNode]
            if case .alternation(let bs) = inner { branches = bs } else { branches = [inner] }
            var sized: [(RegexNode, Int)] = []
            for b in branches {
                guard let n = Self.fixedLength(b) else {
                    throw error("lookbehind assertion is not fixed length", at: i - 1)
                }
                sized.append((b, n))
            }
            return .lookbehind(sized, negated: negated)
        }
    }

    enum GroupKind {
        case capture(String?), plain, atomic, lookahead(Bool), lookbehind(Bool)
    }

    /// What follows `(?`; nil after an option setting like `(?i)` that ends the group.
    mutating func groupKind() throws(RegexSyntaxError) -> GroupKind? {
        guard let c = peek else { throw error("unrecognized character after (? or (?-", at: i) }
        switch c {
        case 0x3A: i += 1; return .plain                       // :
        case 0x3E: i += 1; return .atomic                      // >
        case 0x3D: i += 1; return .lookahead(false)            // =
        case 0x21: i += 1; return .lookahead(true)             // !
        case 0x23:                                             // # comment
            while let d = peek, d != 0x29 { i += 1; _ = d }
            guard !atEnd else { throw error("missing ) after comment", at: chars.count) }
            i += 1
            return nil
        case 0x3C:                                             // <
            if isChar(peek(1), "=") { i += 2; return .lookbehind(false) }
            if isChar(peek(1), "!") { i += 2; return .lookbehind(true) }
            i += 1
            return .capture(try groupName(until: ">"))
        case 0x27: i += 1; return .capture(try groupName(until: "'"))
        case 0x50:                                             // P
            if isChar(peek(1), "<") { i += 2; return .capture(try groupName(until: ">")) }
            throw error("unrecognized character after (?P", at: i + 1)
        default:
            return try optionSetting()
        }
    }

    mutating func groupName(until close: Unicode.Scalar) throws(RegexSyntaxError) -> String {
        var name = ""
        while let c = peek, RegexChars.isWord(c), c < 0x80 {
            name.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            i += 1
        }
        if name.isEmpty { throw error("group name must start with a non-digit", at: i) }
        guard isChar(peek, close) else { throw error("syntax error in subpattern name (missing terminator)", at: i) }
        i += 1
        return name
    }

    /// `(?imsxU-imsxU)` or `(?imsxU-imsxU:...)`.
    mutating func optionSetting() throws(RegexSyntaxError) -> GroupKind? {
        var on = true
        while let c = peek {
            switch c {
            case 0x69: flags.caseless = on
            case 0x6D: flags.multiline = on
            case 0x73: flags.dotall = on
            case 0x78: flags.extended = on
            case 0x55: flags.ungreedy = on
            case 0x4A: break
            case 0x2D: on = false
            case 0x29:                         // ) : applies to the rest of the enclosing group
                i += 1
                return nil
            case 0x3A: i += 1; return .plain
            default: throw error("unrecognized character after (? or (?-", at: i)
            }
            i += 1
        }
        throw error("missing )", at: chars.count)
    }

}

/// One instruction of the backtracking matcher.
enum RegexInst {
    case char(UInt32)
    /// A character with its other case (caseless matching).
    case charEither(UInt32, UInt32)
    case any(dotall: Bool)
    case set(Int)
    case assertion(RegexAssertion)
    /// Try `first`; on failure come back and try `second`.
    case split(first: Int, second: Int)
    case jump(Int)
    /// Records the position in capture slot `slot` (2n = start of group n, 2n+1 = end).
    case save(slot: Int)
    case backref(group: Int, caseless: Bool)
    case lookahead(program: Int, negated: Bool)
    /// Each alternative: its program and how many characters back it starts.
    case lookbehind([(program: Int, length: Int)], negated: Bool)
    case atomic(program: Int)
    /// Remembers where a loop iteration of a body that can match empty starts...
    case markPosition(register: Int)
    /// ...and goes round again only if that iteration consumed something, so `(a*)*`
    /// cannot loop forever.
    case loopIfProgress(register: Int, loop: Int)
    case match
}

/// A compiled pattern: the main program (index 0), the sub-programs run by
/// lookarounds and atomic groups, and the character sets they use.
struct CompiledRegex {
    var programs: [[RegexInst]] = []
    var sets: [RegexCharSet] = []
    var registerCount = 0
    var groupCount = 0
    var names: [String: Int] = [:]
    var unicode = false
    /// Matches can only start at the start of the subject (a leading `\A` or `^`).
    var anchoredAtStart = false
    /// A character every match contains (and its other case, when caseless), as
    /// subject bytes: when it is missing there is no match to look for. PCRE does the
    /// same, which makes its results for hopeless patterns `nomatch` rather than a
    /// match-limit error.
    var requiredBytes: [[UInt8]] = []
}

/// Compiles a parsed pattern to matcher code.
struct RegexCompiler {
    private var out = CompiledRegex()

    static func compile(_ parsed: ParsedRegex, flags: RegexFlags) -> CompiledRegex {
        var c = RegexCompiler()
        c.out.groupCount = parsed.groupCount
        c.out.names = parsed.names
        c.out.unicode = flags.unicode
        c.out.anchoredAtStart = startsAnchored(parsed.root)
        if let (ch, caseless) = requiredChar(parsed.root) {
            var variants = [ch]
            let other = RegexChars.otherCase(ch, unicode: flags.unicode)
            if caseless && other != ch { variants.append(other) }
            c.out.requiredBytes = variants.map { v in
                guard flags.unicode, let s = Unicode.Scalar(v) else { return [UInt8(truncatingIfNeeded: v)] }
                return Array(String(Character(s)).utf8)
            }
        }
        _ = c.program(parsed.root)
        return c.out
    }

    private static func requiredChar(_ node: RegexNode) -> (UInt32, Bool)? {
        switch node {
        case .char(let c, let caseless): return (c, caseless)
        case .group(let inner, _), .atomic(let inner): return requiredChar(inner)
        case .repetition(let inner, let min, _, _): return min > 0 ? requiredChar(inner) : nil
        case .concat(let items):
            for item in items.reversed() { if let r = requiredChar(item) { return r } }
            return nil
        case .alternation(let bs):
            let all = bs.map(requiredChar)
            guard let first = all.first ?? nil,
                  all.allSatisfy({ $0.map { $0 == first } ?? false }) else { return nil }
            return first
        default: return nil
        }
    }

    private static func startsAnchored(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(.subjectStart), .assertion(.lineStart(multiline: false)): return true
        case .concat(let items): return items.first.map(startsAnchored) ?? false
        case .group(let inner, _), .atomic(let inner): return startsAnchored(inner)
        case .alternation(let bs): return bs.allSatisfy(startsAnchored)
        default: return false
        }
    }

    /// Compiles `node` as a new program ending in `match`; returns its index.
    private mutating func program(_ node: RegexNode) -> Int {
        let index = out.programs.count
        out.programs.append([])
        var code: [RegexInst] = []
        emit(node, into: &code)
        code.append(.match)
        out.programs[index] = code
        return index
    }

    private mutating func emit(_ node: RegexNode, into code: inout [RegexInst]) {
        switch node {
        case .empty: break
        case .char(let c, let caseless):
            let other = RegexChars.otherCase(c, unicode: out.unicode)
            code.append(caseless && other != c ? .charEither(c, other) : .char(c))
        case .any(let dotall): code.append(.any(dotall: dotall))
        case .set(let s):
            out.sets.append(s)
            code.append(.set(out.sets.count - 1))
        case .assertion(let a): code.append(.assertion(a))
        case .group(let inner, let index):
            if let n = index { code.append(.save(slot: 2 * n)) }
            emit(inner, into: &code)
            if let n = index { code.append(.save(slot: 2 * n + 1)) }
        case .concat(let items): for item in items { emit(item, into: &code) }
        case .alternation(let branches):
            var exits: [Int] = []
            for (k, b) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = code.count
                    code.append(.split(first: split + 1, second: -1))
                    emit(b, into: &code)
                    exits.append(code.count)
                    code.append(.jump(-1))
                    code[split] = .split(first: split + 1, second: code.count)
                } else {
                    emit(b, into: &code)
                }
            }
            for e in exits { code[e] = .jump(code.count) }
        case .repetition(let inner, let min, let max, let kind):
            if kind == .possessive {
                let p = program(.repetition(inner, min: min, max: max, kind: .greedy))
                code.append(.atomic(program: p))
                return
            }
            for _ in 0..<min { emit(inner, into: &code) }
            if let max {
                optionals(inner, count: max - min, lazy: kind == .lazy, into: &code)
            } else {
                star(inner, lazy: kind == .lazy, into: &code)
            }
        case .backref(let n, let caseless): code.append(.backref(group: n, caseless: caseless))
        case .namedBackref: break   // resolved by the parser
        case .lookahead(let inner, let negated):
            code.append(.lookahead(program: program(inner), negated: negated))
        case .lookbehind(let branches, let negated):
            let subs = branches.map { (program: program($0.0), length: $0.1) }
            code.append(.lookbehind(subs, negated: negated))
        case .atomic(let inner): code.append(.atomic(program: program(inner)))
        }
    }

    private func branch(_ body: Int, _ skip: Int, lazy: Bool) -> RegexInst {
        lazy ? .split(first: skip, second: body) : .split(first: body, second: skip)
    }

    /// `count` nested optional copies: `(x(x(x)?)?)?`.
    private mutating func optionals(_ inner: RegexNode, count: Int, lazy: Bool, into code: inout [RegexInst]) {
        var splits: [Int] = []
        for _ in 0..<count {
            splits.append(code.count)
            code.append(.jump(-1))
            emit(inner, into: &code)
        }
        for s in splits { code[s] = branch(s + 1, code.count, lazy: lazy) }
    }

    private mutating func star(_ inner: RegexNode, lazy: Bool, into code: inout [RegexInst]) {
        let top = code.count
        code.append(.jump(-1))
        let register: Int? = Self.canMatchEmpty(inner) ? out.registerCount : nil
        if let r = register { out.registerCount += 1; code.append(.markPosition(register: r)) }
        emit(inner, into: &code)
        if let r = register {
            code.append(.loopIfProgress(register: r, loop: top))
        } else {
            code.append(.jump(top))
        }
        code[top] = branch(top + 1, code.count, lazy: lazy)
    }

    static func canMatchEmpty(_ node: RegexNode) -> Bool {
        switch node {
        case .char, .any, .set: return false
        case .empty, .assertion, .lookahead, .lookbehind, .backref, .namedBackref: return true
        case .group(let inner, _), .atomic(let inner): return canMatchEmpty(inner)
        case .concat(let items): return items.allSatisfy(canMatchEmpty)
        case .alternation(let bs): return bs.contains(where: canMatchEmpty)
        case .repetition(let inner, let min, _, _): return min == 0 || canMatchEmpty(inner)
        }
    }
}

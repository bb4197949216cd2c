/// Which character sequences end a line (re's `{newline, ...}` option).
enum RegexNewline { case lf, cr, crlf, anycrlf, any }

/// Thrown when a match takes more backtracking steps than the limit (PCRE's
/// match_limit); re reports it as `{error, match_limit}` or `nomatch`.
struct RegexMatchLimit: Error {}

/// Per-call matching options.
struct RegexRunOptions {
    var newline: RegexNewline = .lf
    var notbol = false
    var noteol = false
    var notempty = false
    var notemptyAtStart = false
    var anchored = false
    /// PCRE's default match_limit.
    var stepLimit = 10_000_000
}

/// A backtracking matcher over the subject's bytes (UTF-8 in unicode mode, so the
/// positions it reports are byte offsets as OTP's are). Backtracking uses an explicit
/// stack, so long subjects cannot overflow the native stack; only lookarounds and
/// atomic groups recurse, as deep as the pattern nests them.
final class RegexMatcher {
    let regex: CompiledRegex
    let subject: [UInt8]
    var options: RegexRunOptions
    private var steps = 0
    /// Where the current match attempt was asked to start (for `\G` and notempty_atstart).
    private var searchStart = 0

    init(_ regex: CompiledRegex, subject: [UInt8], options: RegexRunOptions) {
        self.regex = regex; self.subject = subject; self.options = options
    }

    private enum Frame {
        case retry(pc: Int, pos: Int)
        case restoreSlot(Int, Int)
        case restoreRegister(Int, Int)
    }

    /// The first match starting at or after `start`: capture slots (start/end pairs,
    /// -1 when unset), or nil.
    func search(from start: Int) throws(RegexMatchLimit) -> [Int]? {
        searchStart = start
        var pos = start
        let onlyOnce = options.anchored || regex.anchoredAtStart
        if !regex.requiredBytes.isEmpty,
           !regex.requiredBytes.contains(where: { contains($0, from: start) }) { return nil }
        while true {
            var slots = [Int](repeating: -1, count: 2 * (regex.groupCount + 1))
            if let end = try run(program: 0, at: pos, slots: &slots, main: true) {
                slots[0] = pos; slots[1] = end
                return slots
            }
            if onlyOnce || pos >= subject.count { return nil }
            pos = nextCharStart(pos)
        }
    }

    // MARK: subject access

    private func contains(_ needle: [UInt8], from start: Int) -> Bool {
        guard let first = needle.first, needle.count <= subject.count else { return false }
        var p = start
        while p + needle.count <= subject.count {
            if subject[p] == first && subject[p..<(p + needle.count)].elementsEqual(needle) { return true }
            p += 1
        }
        return false
    }

    private func nextCharStart(_ p: Int) -> Int {
        var q = p + 1
        if regex.unicode { while q < subject.count, subject[q] & 0xC0 == 0x80 { q += 1 } }
        return q
    }

    private func previousCharStart(_ p: Int) -> Int {
        var q = p - 1
        if regex.unicode { while q > 0, subject[q] & 0xC0 == 0x80 { q -= 1 } }
        return q
    }

    /// The character at `p` and where the next one starts.
    private func char(at p: Int) -> (UInt32, Int)? {
        guard p < subject.count else { return nil }
        let b = UInt32(subject[p])
        if !regex.unicode || b < 0x80 { return (b, p + 1) }
        let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        var q = p + 1
        while q < p + n, q < subject.count { v = v << 6 | UInt32(subject[q] & 0x3F); q += 1 }
        return (v, q)
    }

    private func isWordBefore(_ p: Int) -> Bool {
        p > 0 && char(at: previousCharStart(p)).map { RegexChars.isWord($0.0) } == true
    }

    // MARK: newlines

    /// The length of the newline starting at `p`, 0 if none.
    private func newlineLength(at p: Int) -> Int {
        guard p < subject.count else { return 0 }
        let b = subject[p]
        let crlf = b == 0x0D && p + 1 < subject.count && subject[p + 1] == 0x0A
        switch options.newline {
        case .lf: return b == 0x0A ? 1 : 0
        case .cr: return b == 0x0D ? 1 : 0
        case .crlf: return crlf ? 2 : 0
        case .anycrlf: return crlf ? 2 : (b == 0x0A || b == 0x0D) ? 1 : 0
        case .any:
            if crlf { return 2 }
            if b >= 0x0A && b <= 0x0D { return 1 }
            if regex.unicode {
                if b == 0xC2, p + 1 < subject.count, subject[p + 1] == 0x85 { return 2 }
                if b == 0xE2, p + 2 < subject.count, subject[p + 1] == 0x80,
                   subject[p + 2] == 0xA8 || subject[p + 2] == 0xA9 { return 3 }
                return 0
            }
            return b == 0x85 ? 1 : 0
        }
    }

    private func newlineEnds(at p: Int) -> Bool {
        for k in 1...3 where p - k >= 0 && newlineLength(at: p - k) == k { return true }
        return false
    }

    private func holds(_ a: RegexAssertion, at pos: Int) -> Bool {
        let n = subject.count
        switch a {
        case .subjectStart: return pos == 0
        case .subjectEnd: return pos == n
        case .subjectEndOrNewline:
            return pos == n || (newlineLength(at: pos) > 0 && pos + newlineLength(at: pos) == n)
        case .matchStart: return pos == searchStart
        case .lineStart(let multiline):
            if pos == 0 { return !options.notbol }
            return multiline && pos < n && newlineEnds(at: pos)
        case .lineEnd(let multiline, let endOnly):
            if pos == n { return !options.noteol }
            let nl = newlineLength(at: pos)
            if multiline { return nl > 0 }
            return !endOnly && !options.noteol && nl > 0 && pos + nl == n
        case .wordBoundary(let negated):
            let after = char(at: pos).map { RegexChars.isWord($0.0) } ?? false
            return (isWordBefore(pos) != after) != negated
        }
    }

    // MARK: the machine

    /// Runs `program` from `pos`; the end position of the first way it matches (with
    /// `slots` updated), or nil.
    private func run(program index: Int, at start: Int, slots: inout [Int], main: Bool) throws(RegexMatchLimit) -> Int? {
        let code = regex.programs[index]
        var registers = [Int](repeating: -1, count: regex.registerCount)
        var stack: [Frame] = []
        var pc = 0
        var pos = start
        while true {
            var ok = true
            switch code[pc] {
            case .char(let c):
                if let (d, next) = char(at: pos), d == c { pos = next; pc += 1 } else { ok = false }
            case .charEither(let c1, let c2):
                if let (d, next) = char(at: pos), d == c1 || d == c2 { pos = next; pc += 1 } else { ok = false }
            case .any(let dotall):
                if let (_, next) = char(at: pos), dotall || newlineLength(at: pos) == 0 {
                    pos = next; pc += 1
                } else { ok = false }
            case .set(let s):
                if let (d, next) = char(at: pos), regex.sets[s].contains(d) { pos = next; pc += 1 } else { ok = false }
            case .assertion(let a):
                if holds(a, at: pos) { pc += 1 } else { ok = false }
            case .split(let first, let second):
                steps += 1
                if steps > options.stepLimit { throw RegexMatchLimit() }
                stack.append(.retry(pc: second, pos: pos))
                pc = first
            case .jump(let target): pc = target
            case .save(let slot):
                // PCRE's match_limit counts its internal calls, made for groups as
                // well as for choices: counting both keeps the limit near OTP's.
                steps += 1
                stack.append(.restoreSlot(slot, slots[slot]))
                slots[slot] = pos
                pc += 1
            case .backref(let group, let caseless):
                if let end = matchBackref(group, caseless: caseless, at: pos, slots: slots) {
                    pos = end; pc += 1
                } else { ok = false }
            case .lookahead(let sub, let negated):
                var inner = slots
                let found = try run(program: sub, at: pos, slots: &inner, main: false) != nil
                if found != negated {
                    if !negated { adopt(inner, into: &slots, stack: &stack) }
                    pc += 1
                } else { ok = false }
            case .lookbehind(let subs, let negated):
                var found = false
                for (sub, length) in subs {
                    var from = pos
                    var fits = true
                    for _ in 0..<length { if from == 0 { fits = false; break }; from = previousCharStart(from) }
                    guard fits else { continue }
                    var inner = slots
                    if try run(program: sub, at: from, slots: &inner, main: false) == pos {
                        found = true
                        if !negated { adopt(inner, into: &slots, stack: &stack) }
                        break
                    }
                }
                if found != negated { pc += 1 } else { ok = false }
            case .atomic(let sub):
                var inner = slots
                if let end = try run(program: sub, at: pos, slots: &inner, main: false) {
                    adopt(inner, into: &slots, stack: &stack)
                    pos = end; pc += 1
                } else { ok = false }
            case .markPosition(let r):
                stack.append(.restoreRegister(r, registers[r]))
                registers[r] = pos
                pc += 1
            case .loopIfProgress(let r, let loop):
                pc = pos != registers[r] ? loop : pc + 1
            case .match:
                let empty = pos == start
                if main && empty && (options.notempty || (options.notemptyAtStart && start == searchStart)) {
                    ok = false
                } else {
                    return pos
                }
            }
            if ok { continue }
            // Backtrack: undo saves until the latest choice point.
            var resumed = false
            while let frame = stack.popLast() {
                switch frame {
                case .retry(let p, let q): pc = p; pos = q; resumed = true
                case .restoreSlot(let s, let v): slots[s] = v
                case .restoreRegister(let r, let v): registers[r] = v
                }
                if resumed { break }
            }
            if !resumed { return nil }
        }
    }

    /// Takes the captures a lookahead or atomic group set, undoably.
    private func adopt(_ inner: [Int], into slots: inout [Int], stack: inout [Frame]) {
        for k in slots.indices where slots[k] != inner[k] {
            stack.append(.restoreSlot(k, slots[k]))
            slots[k] = inner[k]
        }
    }

    private func matchBackref(_ group: Int, caseless: Bool, at pos: Int, slots: [Int]) -> Int? {
        guard 2 * group + 1 < slots.count else { return nil }
        let s = slots[2 * group], e = slots[2 * group + 1]
        // PCRE: a reference to an unset group fails to match.
        guard s >= 0, e >= s else { return nil }
        var p = pos, q = s
        while q < e {
            guard let (a, nextP) = char(at: p), let (b, nextQ) = char(at: q) else { return nil }
            if a != b && !(caseless && RegexChars.otherCase(b, unicode: regex.unicode) == a) { return nil }
            p = nextP; q = nextQ
        }
        return p
    }
}

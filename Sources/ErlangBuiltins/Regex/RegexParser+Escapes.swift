/// Backslash escapes and bracketed classes.
extension RegexParser {
    /// An escape outside a class.
    mutating func parseEscape() throws(RegexSyntaxError) -> RegexNode? {
        i += 1
        guard let c = peek else { throw error("\\ at end of pattern", at: chars.count) }
        let at = i
        i += 1
        switch c {
        case 0x62: return .assertion(.wordBoundary(negated: false))   // b
        case 0x42: return .assertion(.wordBoundary(negated: true))    // B
        case 0x41: return .assertion(.subjectStart)                   // A
        case 0x7A: return .assertion(.subjectEnd)                     // z
        case 0x5A: return .assertion(.subjectEndOrNewline)            // Z
        case 0x47: return .assertion(.matchStart)                     // G
        case 0x51: return quoted()                                    // Q
        case 0x45: return nil                                         // stray \E
        case 0x6B:                                                    // k<name>
            guard let open = peek, let close = closing(open) else {
                throw error("\\k is not followed by a braced, angle-bracketed, or quoted name", at: i)
            }
            i += 1
            let name = try groupName(until: close)
            return .namedBackref(name, caseless: flags.caseless, position: i - 1)
        case 0x67: return try gReference()                            // g
        case 0x31...0x39:                                             // \1 ... \9, \10 ...
            var n = Int(c - 0x30)
            while let d = peek, RegexChars.isDigit(d), n < 10000 { n = n * 10 + Int(d - 0x30); i += 1 }
            maxBackref = max(maxBackref, n)
            return .backref(n, caseless: flags.caseless)
        default:
            if let set = classEscape(c) { return .set(set) }
            i = at
            return literal(try escapedChar())
        }
    }

    private func closing(_ open: UInt32) -> Unicode.Scalar? {
        switch open { case 0x3C: return ">"; case 0x27: return "'"; case 0x7B: return "}"; default: return nil }
    }

    /// `\g1`, `\g{1}`, `\g{-1}` (relative) or `\g{name}`.
    private mutating func gReference() throws(RegexSyntaxError) -> RegexNode {
        let braced = isChar(peek, "{")
        if braced { i += 1 }
        var negative = false
        if isChar(peek, "-") { negative = true; i += 1 }
        var n: Int? = nil
        while let d = peek, RegexChars.isDigit(d) { n = (n ?? 0) * 10 + Int(d - 0x30); i += 1 }
        if n == nil && braced && !negative {
            let name = try groupName(until: "}")
            return .namedBackref(name, caseless: flags.caseless, position: i - 1)
        }
        guard var number = n, number > 0 || !negative else {
            throw error("a numbered reference must not be zero", at: i)
        }
        if braced {
            guard isChar(peek, "}") else { throw error("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", at: i) }
            i += 1
        }
        if negative {
            number = groupCount - number + 1
            guard number > 0 else { throw error("reference to non-existent subpattern", at: i - 1) }
        }
        maxBackref = max(maxBackref, number)
        return .backref(number, caseless: flags.caseless)
    }

    /// `\Q...\E`: everything literal.
    private mutating func quoted() -> RegexNode? {
        var items: [RegexNode] = []
        while let c = peek {
            if c == 0x5C, isChar(peek(1), "E") { i += 2; break }
            items.append(literal(c))
            i += 1
        }
        return items.isEmpty ? nil : items.count == 1 ? items[0] : .group(.concat(items), index: nil)
    }

    /// `\d \D \w \W \s \S \h \H \v \V` (outside or inside a class).
    func classEscape(_ c: UInt32) -> RegexCharSet? {
        var set = RegexCharSet()
        switch c {
        case 0x64, 0x44: set.predicates = [RegexChars.isDigit]
        case 0x77, 0x57: set.predicates = [RegexChars.isWord]
        case 0x73, 0x53: set.predicates = [RegexChars.isSpace]
        case 0x68, 0x48: set.predicates = [Self.isHorizontalSpace]
        case 0x76, 0x56: set.predicates = [Self.isVerticalSpace]
        default: return nil
        }
        set.negated = c < 0x61   // the upper-case letter is the complement
        return set
    }

    static func isHorizontalSpace(_ c: UInt32) -> Bool {
        c == 0x09 || c == 0x20 || c == 0xA0 || c == 0x1680 || c == 0x180E
            || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000
    }

    static func isVerticalSpace(_ c: UInt32) -> Bool {
        (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    /// The character an escape like `\n`, `\x{e9}`, `\101` or `\.` stands for; `i`
    /// is at the character after the backslash.
    mutating func escapedChar() throws(RegexSyntaxError) -> UInt32 {
        guard let c = peek else { throw error("\\ at end of pattern", at: chars.count) }
        i += 1
        switch c {
        case 0x6E: return 0x0A   // n
        case 0x74: return 0x09   // t
        case 0x72: return 0x0D   // r
        case 0x66: return 0x0C   // f
        case 0x65: return 0x1B   // e
        case 0x61: return 0x07   // a
        case 0x63:               // cX
            guard let x = peek else { throw error("\\c at end of pattern", at: chars.count) }
            i += 1
            let upper = x >= 0x61 && x <= 0x7A ? x - 0x20 : x
            return upper ^ 0x40
        case 0x78:               // xhh or x{hhh}
            if isChar(peek, "{") {
                var j = i + 1, v: UInt32 = 0, digits = 0
                while j < chars.count, let d = hexValue(chars[j]) { v = v &* 16 &+ d; j += 1; digits += 1 }
                if j < chars.count, chars[j] == 0x7D, digits > 0 {
                    i = j + 1
                    if v > (unicode ? 0x10FFFF : 0xFF) || digits > 8 {
                        throw error(unicode ? "character value in \\x{} or \\o{} is too large"
                                            : "character value in \\x{} or \\o{} is too large", at: j)
                    }
                    return v
                }
                return 0x78
            }
            var v: UInt32 = 0
            for _ in 0..<2 { guard let p = peek, let d = hexValue(p) else { break }; v = v * 16 + d; i += 1 }
            return v
        case 0x30...0x37:        // octal (\0, or a number beyond the groups)
            var v = c - 0x30
            for _ in 0..<2 { guard let p = peek, p >= 0x30, p <= 0x37 else { break }; v = v * 8 + (p - 0x30); i += 1 }
            return v
        default:
            return c
        }
    }

    private func hexValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x37
        case 0x61...0x66: return c - 0x57
        default: return nil
        }
    }

    /// A bracketed class; `i` is at the `[`.
    mutating func parseClass() throws(RegexSyntaxError) -> RegexCharSet {
        i += 1
        var set = RegexCharSet()
        set.caseless = flags.caseless
        set.unicode = unicode
        if isChar(peek, "^") { set.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek else { throw error("missing terminating ] for character class", at: chars.count) }
            if c == 0x5D && !first { i += 1; break }
            first = false
            if c == 0x5B, isChar(peek(1), ":") || isChar(peek(1), ".") || isChar(peek(1), "="),
               let posix = try posixClass() {
                set.predicates.append(posix)
                continue
            }
            var low: UInt32
            if c == 0x5C {
                i += 1
                guard let e = peek else { throw error("\\ at end of pattern", at: chars.count) }
                if let escaped = classEscape(e) {
                    i += 1
                    set.predicates.append { escaped.contains($0) }
                    continue
                }
                if e == 0x62 { i += 1; low = 0x08 } else { low = try escapedChar() }
            } else {
                i += 1
                low = c
            }
            // A range, unless the '-' is last in the class.
            if isChar(peek, "-"), let after = peek(1), after != 0x5D {
                let save = i
                i += 1
                var high: UInt32
                if after == 0x5C {
                    i += 1
                    guard let e = peek else { throw error("\\ at end of pattern", at: chars.count) }
                    if classEscape(e) != nil {   // [a-\d]: '-' is literal
                        i = save
                        set.ranges.append(low...low)
                        continue
                    }
                    if e == 0x62 { i += 1; high = 0x08 } else { high = try escapedChar() }
                } else if after == 0x5B, isChar(peek(1), ":") {
                    i = save
                    set.ranges.append(low...low)
                    continue
                } else {
                    i += 1
                    high = after
                }
                guard high >= low else { throw error("range out of order in character class", at: i - 1) }
                set.ranges.append(low...high)
            } else {
                set.ranges.append(low...low)
            }
        }
        return set
    }

    /// `[:name:]` or `[:^name:]` at `i`; nil when it is not a POSIX class after all.
    private mutating func posixClass() throws(RegexSyntaxError) -> ((UInt32) -> Bool)? {
        let delimiter = chars[i + 1]
        var j = i + 2
        while j + 1 < chars.count, !(chars[j] == delimiter && chars[j + 1] == 0x5D) {
            if chars[j] == 0x5D { return nil }
            j += 1
        }
        guard j + 1 < chars.count else { return nil }
        guard delimiter == 0x3A else { throw error("POSIX collating elements are not supported", at: j) }
        var nameStart = i + 2
        let negated = chars[nameStart] == 0x5E
        if negated { nameStart += 1 }
        let name = String(String.UnicodeScalarView(chars[nameStart..<j].compactMap(Unicode.Scalar.init)))
        guard let test = RegexChars.posixClass(name) else {
            throw error("unknown POSIX class name", at: nameStart)
        }
        i = j + 2
        return negated ? { !test($0) } : test
    }
}

import ErlangRuntime

/// The classic `string` API: flat lists of characters only, 1-based positions,
/// `function_clause` for arguments it does not accept.
extension StringBIFs {
    static let classic: [String: BIFFunction] = [
        "len/1": { a, _ throws(ErlangError) in .int(try chars(a[0]).count) },
        "concat/2": { a, p throws(ErlangError) in try ListOps.append(a[0], a[1], p) },
        "chr/2": { a, _ throws(ErlangError) in
            .int((try chars(a[0]).firstIndex(of: a[1]) ?? -1) + 1)
        },
        "rchr/2": { a, _ throws(ErlangError) in
            .int((try chars(a[0]).lastIndex(of: a[1]) ?? -1) + 1)
        },
        "str/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0]), sub = try chars(a[1])
            return .int((positions(of: sub, in: s).first ?? -1) + 1)
        },
        "rstr/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0]), sub = try chars(a[1])
            return .int((positions(of: sub, in: s).last ?? -1) + 1)
        },
        "span/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0]), set = try chars(a[1])
            return .int(s.prefix { set.contains($0) }.count)
        },
        "cspan/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0]), set = try chars(a[1])
            return .int(s.prefix { !set.contains($0) }.count)
        },
        "substr/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0])
            guard case .int(let start) = a[1], start >= 1, start <= s.count + 1 else { throw .functionClause }
            return Term.list(s[(start - 1)...])
        },
        "substr/3": { a, _ throws(ErlangError) in
            let s = try chars(a[0])
            guard case .int(let start) = a[1], start >= 1, start <= s.count + 1,
                  case .int(let n) = a[2], n >= 0 else { throw .functionClause }
            return Term.list(s[(start - 1)..<(start - 1 + min(s.count - (start - 1), n))])
        },
        "sub_string/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0])
            guard case .int(let start) = a[1], start >= 1, start <= s.count + 1 else { throw .functionClause }
            return Term.list(s[(start - 1)...])
        },
        "sub_string/3": { a, _ throws(ErlangError) in
            let s = try chars(a[0])
            guard case .int(let start) = a[1], start >= 1, start <= s.count + 1,
                  case .int(let stop) = a[2], stop >= start - 1 else { throw .functionClause }
            return Term.list(s[(start - 1)..<min(s.count, stop)])
        },
        "tokens/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0]), separators = try chars(a[1])
            return Term.list(s.split(whereSeparator: { separators.contains($0) }).map { Term.list($0) })
        },
        "join/2": { a, _ throws(ErlangError) in
            var out: [Term] = []
            for (i, item) in try listArg(a[0], .functionClause).enumerated() {
                if i > 0 { out += try chars(a[1]) }
                out += try chars(item)
            }
            return Term.list(out)
        },
        "chars/2": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[1], n >= 0 else { throw .functionClause }
            return Term.list(Array(repeating: a[0], count: n))
        },
        "chars/3": { a, _ throws(ErlangError) in
            guard case .int(let n) = a[1], n >= 0 else { throw .functionClause }
            return Term.list(Array(repeating: a[0], count: n), tail: a[2])
        },
        "copies/2": { a, _ throws(ErlangError) in
            let s = try chars(a[0])
            guard case .int(let n) = a[1], n >= 0 else { throw .functionClause }
            return Term.list(Array([[Term]](repeating: s, count: n).joined()))
        },
        "words/1": { a, _ throws(ErlangError) in .int(try words(a[0], .int(32)).count) },
        "words/2": { a, _ throws(ErlangError) in .int(try words(a[0], a[1]).count) },
        "sub_word/2": { a, _ throws(ErlangError) in try subWord(a[0], a[1], .int(32)) },
        "sub_word/3": { a, _ throws(ErlangError) in try subWord(a[0], a[1], a[2]) },
        "strip/1": { a, _ throws(ErlangError) in try strip(a[0], .atom("both"), .int(32)) },
        "strip/2": { a, _ throws(ErlangError) in try strip(a[0], a[1], .int(32)) },
        "strip/3": { a, _ throws(ErlangError) in try strip(a[0], a[1], a[2]) },
        "left/2": { a, _ throws(ErlangError) in try justify(a[0], a[1], .int(32), .left) },
        "left/3": { a, _ throws(ErlangError) in try justify(a[0], a[1], a[2], .left) },
        "right/2": { a, _ throws(ErlangError) in try justify(a[0], a[1], .int(32), .right) },
        "right/3": { a, _ throws(ErlangError) in try justify(a[0], a[1], a[2], .right) },
        "centre/2": { a, _ throws(ErlangError) in try justify(a[0], a[1], .int(32), .centre) },
        "centre/3": { a, _ throws(ErlangError) in try justify(a[0], a[1], a[2], .centre) },
        "to_upper/1": { a, _ throws(ErlangError) in try mapCase(a[0], upper: true) },
        "to_lower/1": { a, _ throws(ErlangError) in try mapCase(a[0], upper: false) },
    ]

    /// A flat list's elements (the classic API does not take binaries).
    static func chars(_ t: Term) throws(ErlangError) -> [Term] { try listArg(t, .functionClause) }

    static func positions(of sub: [Term], in s: [Term]) -> [Int] {
        guard !sub.isEmpty, sub.count <= s.count else { return sub.isEmpty ? [0] : [] }
        return (0...(s.count - sub.count)).filter { s[$0..<($0 + sub.count)].elementsEqual(sub) }
    }

    static func words(_ t: Term, _ separator: Term) throws(ErlangError) -> [ArraySlice<Term>] {
        try chars(t).split(separator: separator)
    }

    static func subWord(_ t: Term, _ nT: Term, _ separator: Term) throws(ErlangError) -> Term {
        guard case .int(let n) = nT, n >= 1 else { throw .functionClause }
        let all = try words(t, separator)
        return n <= all.count ? Term.list(all[n - 1]) : .nil
    }

    static func strip(_ t: Term, _ dir: Term, _ char: Term) throws(ErlangError) -> Term {
        var s = ArraySlice(try chars(t))
        let name = dir.asAtom?.name
        guard name == "left" || name == "right" || name == "both" else { throw .functionClause }
        if name != "right" { while s.first == char { s.removeFirst() } }
        if name != "left" { while s.last == char { s.removeLast() } }
        return Term.list(s)
    }

    enum Justification { case left, right, centre }

    /// left/right/centre: the text cut or padded with `char` to exactly N characters.
    static func justify(_ t: Term, _ nT: Term, _ char: Term, _ how: Justification) throws(ErlangError) -> Term {
        let s = try chars(t)
        guard case .int(let n) = nT, n >= 0 else { throw .functionClause }
        let fill = { (k: Int) in [Term](repeating: char, count: max(0, k)) }
        switch how {
        case .left: return Term.list(s.count >= n ? Array(s.prefix(n)) : s + fill(n - s.count))
        case .right: return Term.list(s.count >= n ? Array(s.suffix(n)) : fill(n - s.count) + s)
        case .centre:
            if s.count >= n {
                let cut = (s.count - n) / 2
                return Term.list(s[cut..<(cut + n)])
            }
            let left = (n - s.count) / 2
            return Term.list(fill(left) + s + fill(n - s.count - left))
        }
    }

    /// to_upper/to_lower on one character or a list of them, one character for one.
    static func mapCase(_ t: Term, upper: Bool) throws(ErlangError) -> Term {
        func map(_ c: Term) -> Term {
            guard case .int(let v) = c, v >= 0, let s = Unicode.Scalar(UInt32(clamping: v)) else { return c }
            let mapped = upper ? s.properties.uppercaseMapping : s.properties.lowercaseMapping
            let scalars = Array(mapped.unicodeScalars)
            return scalars.count == 1 ? .int(Int(scalars[0].value)) : c
        }
        if case .int = t { return map(t) }
        return Term.list(try chars(t).map(map))
    }
}

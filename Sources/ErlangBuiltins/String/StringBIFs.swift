import ErlangRuntime

/// Module `string`: the Unicode API of OTP 20+ (length, trim, split, ...) on chardata,
/// and the classic list-only API (substr, tokens, strip, ...), in Swift. Lengths and
/// positions count grapheme clusters in the Unicode API and code points in the classic one.
///
/// Results have OTP's shape for flat lists and binaries; for mixed chardata (lists
/// containing binaries) swerl returns flat lists where OTP may return deeper chardata.
enum StringBIFs {
    static let table = BIFTable(module: "string", merging([unicode, searching, taking, classic]))

    static let unicode: [String: BIFFunction] = [
        "length/1": { a, _ throws(ErlangError) in .int(try CharData(a[0], .functionClause).graphemes.count) },
        "is_empty/1": { a, _ throws(ErlangError) in .bool(try CharData(a[0], .functionClause).scalars.isEmpty) },
        "equal/2": { a, _ throws(ErlangError) in try equal(a[0], a[1], .false, .atom("none")) },
        "equal/3": { a, _ throws(ErlangError) in try equal(a[0], a[1], a[2], .atom("none")) },
        "uppercase/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            return text.make(text.scalars.flatMap { $0.properties.uppercaseMapping.unicodeScalars })
        },
        "lowercase/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            return text.make(text.scalars.flatMap { $0.properties.lowercaseMapping.unicodeScalars })
        },
        "casefold/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            return text.make(casefolded(text.scalars))
        },
        "titlecase/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            var g = text.graphemes
            guard let first = g.first else { return text.make([]) }
            g[0] = first.flatMap { $0.properties.titlecaseMapping.unicodeScalars }
            return text.make(graphemes: g)
        },
        "reverse/1": { a, _ throws(ErlangError) in
            Term.list(try CharData(a[0], .functionClause).graphemes.reversed().map(CharData.graphemeTerm))
        },
        "slice/2": { a, _ throws(ErlangError) in try slice(a[0], a[1], .atom(.infinity)) },
        "slice/3": { a, _ throws(ErlangError) in try slice(a[0], a[1], a[2]) },
        "trim/1": { a, _ throws(ErlangError) in try trim(a[0], .atom("both"), nil) },
        "trim/2": { a, _ throws(ErlangError) in try trim(a[0], a[1], nil) },
        "trim/3": { a, _ throws(ErlangError) in try trim(a[0], a[1], a[2]) },
        "chomp/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            var g = text.graphemes
            while let last = g.last, last == ["\n"] || last == ["\r", "\n"] { g.removeLast() }
            return text.make(graphemes: g)
        },
        "pad/2": { a, _ throws(ErlangError) in try pad(a[0], a[1], .atom("trailing"), .int(32)) },
        "pad/3": { a, _ throws(ErlangError) in try pad(a[0], a[1], a[2], .int(32)) },
        "pad/4": { a, _ throws(ErlangError) in try pad(a[0], a[1], a[2], a[3]) },
        "next_grapheme/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            let g = text.graphemes
            guard let first = g.first else { return .nil }
            return .cons(Cons(CharData.graphemeTerm(first), text.make(graphemes: g.dropFirst())))
        },
        "next_codepoint/1": { a, _ throws(ErlangError) in
            let text = try CharData(a[0], .functionClause)
            guard let first = text.scalars.first else { return .nil }
            return .cons(Cons(.int(Int(first.value)), text.make(text.scalars.dropFirst())))
        },
        "to_integer/1": { a, _ throws(ErlangError) in try numberPrefix(a[0], float: false) },
        "to_float/1": { a, _ throws(ErlangError) in try numberPrefix(a[0], float: true) },
    ]

    /// Full case folding ("ß" folds to "ss"), taken as the lowercase of the uppercase for
    /// the characters that change when case folded (Swift has no folding table).
    static func casefolded(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        s.flatMap { c -> [Unicode.Scalar] in
            guard c.properties.changesWhenCaseFolded else { return [c] }
            return c.properties.uppercaseMapping.unicodeScalars.flatMap { $0.properties.lowercaseMapping.unicodeScalars }
        }
    }

    static func slice(_ t: Term, _ startT: Term, _ lengthT: Term) throws(ErlangError) -> Term {
        let text = try CharData(t, .functionClause)
        guard case .int(let start) = startT, start >= 0 else { throw .functionClause }
        let g = text.graphemes
        let from = min(start, g.count)
        var to = g.count
        switch lengthT {
        case .int(let n) where n >= 0: to = from + min(g.count - from, n)
        case .atom(.infinity): break
        default: throw .functionClause
        }
        return text.make(graphemes: g[from..<to])
    }

    /// Whitespace as `string:trim/1` sees it: Unicode Pattern_White_Space, and "\r\n".
    static func isWhitespace(_ g: [Unicode.Scalar]) -> Bool {
        g == ["\r", "\n"] || (g.count == 1 && g[0].properties.isPatternWhitespace)
    }

    static func trim(_ t: Term, _ dir: Term, _ chars: Term?) throws(ErlangError) -> Term {
        let text = try CharData(t, .functionClause)
        let set = try chars.map { (c: Term) throws(ErlangError) in try CharData.graphemeSet(c) }
        let strip: ([Unicode.Scalar]) -> Bool = { g in set.map { $0.contains(g) } ?? isWhitespace(g) }
        guard case .atom(let d) = dir, ["leading", "trailing", "both"].contains(d.name) else { throw .functionClause }
        var g = ArraySlice(text.graphemes)
        if d.name != "trailing" { while let f = g.first, strip(f) { g.removeFirst() } }
        if d.name != "leading" { while let l = g.last, strip(l) { g.removeLast() } }
        return text.make(graphemes: g)
    }

    /// pad/4: the text and `Char` repeated, in OTP's nesting:
    /// trailing `[S, C, C]`, leading `[[C, C], S]`, both `[[C], S, [C] | odd ? [C] : []]`.
    static func pad(_ t: Term, _ lengthT: Term, _ dir: Term, _ char: Term) throws(ErlangError) -> Term {
        let text = try CharData(t, .functionClause)
        guard case .int(let length) = lengthT, case .atom(let d) = dir else { throw .functionClause }
        let n = max(0, length - text.graphemes.count)
        switch d.name {
        case "trailing": return .cons(Cons(t, Term.list(Array(repeating: char, count: n))))
        case "leading": return Term.list([Term.list(Array(repeating: char, count: n)), t])
        case "both":
            let side = Term.list(Array(repeating: char, count: n / 2))
            return Term.list([side, t, side] + (n % 2 == 1 ? [char] : []))
        default: throw .functionClause
        }
    }

    /// to_integer/1 and to_float/1: the number at the start of the text and the rest,
    /// or `{error, no_integer | no_float}`.
    static func numberPrefix(_ t: Term, float: Bool) throws(ErlangError) -> Term {
        let text = try CharData(t)
        let s = text.scalars
        var i = 0
        func digits() -> Int {
            let start = i
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            return i - start
        }
        if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
        let noNumber = Term.tuple(.atom(.error), .atom(float ? "no_float" : "no_integer"))
        guard digits() > 0 else { return noNumber }
        if float {
            guard i + 1 < s.count, s[i] == ".", ("0"..."9").contains(s[i + 1]) else { return noNumber }
            i += 1; _ = digits()
            let mantissaEnd = i
            if i < s.count, s[i] == "e" || s[i] == "E" {
                i += 1
                if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
                if digits() == 0 { i = mantissaEnd }
            }
        }
        let number = String(String.UnicodeScalarView(s[..<i]))
        let value: Term = float ? try ErlangBIFs.parseFloat(number)
                                : try ErlangBIFs.parseInteger(number, base: .int(10))
        return .tuple(value, text.make(s[i...]))
    }
}

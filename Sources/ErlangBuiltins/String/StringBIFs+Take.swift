import Foundation
import ErlangRuntime

/// take/2,3,4, to_graphemes/1 and the comparison behind equal/2,3,4.
extension StringBIFs {
    static let taking: [String: BIFFunction] = [
        "take/2": { a, _ throws(ErlangError) in try take(a[0], a[1], .false, .atom("leading")) },
        "take/3": { a, _ throws(ErlangError) in try take(a[0], a[1], a[2], .atom("leading")) },
        "take/4": { a, _ throws(ErlangError) in try take(a[0], a[1], a[2], a[3]) },
        "to_graphemes/1": { a, _ throws(ErlangError) in
            Term.list(try text(a[0]).graphemes.map(CharData.graphemeTerm))
        },
        "equal/4": { a, _ throws(ErlangError) in try equal(a[0], a[1], a[2], a[3]) },
    ]

    /// The text argument of take and to_graphemes. As OTP: a binary that is not UTF-8
    /// raises `{badarg, RestFromTheBadByte}`; other non-chardata is function_clause.
    static func text(_ t: Term) throws(ErlangError) -> CharData {
        if case .binary(let b) = t, b.isBinary, let rest = invalidUTF8Rest(b.bytes) {
            throw .error(.tuple(.atom(.badarg), .binary(Bits(rest))))
        }
        return try CharData(t, .functionClause)
    }

    private static func invalidUTF8Rest(_ bytes: [UInt8]) -> [UInt8]? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard i + width <= bytes.count,
                  String(validating: bytes[i..<(i + width)], as: UTF8.self) != nil else { return Array(bytes[i...]) }
            i += width
        }
        return nil
    }

    /// take(String, Characters, Complement, Dir): the longest run at the start (leading)
    /// or end (trailing) of graphemes that are in Characters (not in it, with Complement),
    /// as {Before, Rest}. Characters holds graphemes as next_grapheme gives them (a code
    /// point or a list of code points, such as "\r\n"); anything else never matches.
    /// Where OTP 25 cuts a grapheme (it walks code points, see `units`), so does this:
    /// leading with Complement, trailing without, and trailing on binaries.
    static func take(_ t: Term, _ charsT: Term, _ complementT: Term, _ dirT: Term) throws(ErlangError) -> Term {
        let text = try text(t)
        let chars = try listArg(charsT)
        let complement = try boolArg(complementT, .functionClause)
        guard case .atom(let dir) = dirT, dir.name == "leading" || dir.name == "trailing" else { throw .functionClause }
        let member: ([Unicode.Scalar]) -> Bool = { g in chars.contains(CharData.graphemeTerm(g)) }
        let split: (Int) -> Term = { n in .tuple(text.make(text.scalars[..<n]), text.make(text.scalars[n...])) }
        if complement && dir.name == "leading" {
            return split(units(text.scalars, chars, member).prefix { !$0.isMember }.reduce(0) { $0 + $1.count })
        }
        if dir.name == "trailing" && (!complement || text.isBinary) {
            // OTP walks lists by grapheme here only when complementing.
            let u = units(text.scalars, chars, member)
            let run = u.reversed().prefix { $0.isMember != complement }.reduce(0) { $0 + $1.count }
            return split(text.scalars.count - run)
        }
        let taken: ([Unicode.Scalar]) -> Bool = { g in member(g) != complement }
        let g = text.graphemes
        let n = dir.name == "leading" ? g.prefix(while: taken).count
                                      : g.count - g.reversed().prefix(while: taken).count
        return .tuple(text.make(graphemes: g[..<n]), text.make(graphemes: g[n...]))
    }

    /// The text cut as OTP 25 scans it for take, from the start, code point by code
    /// point: where a member starts with the code point, the unit is the whole grapheme
    /// there (a member or not), else the code point alone (never a member). So [$\n]
    /// finds the "\n" of "\r\n" but [$\r] does not find its "\r".
    private static func units(_ s: [Unicode.Scalar], _ chars: [Term],
                              _ member: ([Unicode.Scalar]) -> Bool) -> [(count: Int, isMember: Bool)] {
        let starts = Set(chars.compactMap { c -> Int? in
            if case .int(let v) = c { return v }
            if case .cons(let cell) = c, case .int(let v) = cell.head { return v }
            return nil
        })
        var out: [(count: Int, isMember: Bool)] = []
        var i = 0
        while i < s.count {
            guard starts.contains(Int(s[i].value)) else { out.append((1, false)); i += 1; continue }
            let g = firstGrapheme(s, from: i)
            out.append((g.count, member(g)))
            i += g.count
        }
        return out
    }

    /// The grapheme that starts at code point `i`, segmenting a short window first (a
    /// cluster rarely spans many code points) and all the rest only when it fills it.
    private static func firstGrapheme(_ s: [Unicode.Scalar], from i: Int) -> [Unicode.Scalar] {
        var window = 32
        while true {
            let end = min(s.count, i + window)
            let g = CharData(scalars: Array(s[i..<end]), isBinary: false).graphemes.first ?? [s[i]]
            if g.count < end - i || end == s.count { return g }
            window *= 4
        }
    }

    /// equal/2,3,4. Both texts must be lists or binaries (function_clause otherwise);
    /// identical terms are equal without being read (OTP does not check them then), and
    /// text that is not valid chardata compares unequal to anything else.
    static func equal(_ x: Term, _ y: Term, _ ignoreCaseT: Term, _ normT: Term) throws(ErlangError) -> Term {
        guard isTextShape(x), isTextShape(y) else { throw .functionClause }
        let ignoreCase = try boolArg(ignoreCaseT, .functionClause)
        guard case .atom(let norm) = normT else { throw .functionClause }
        if x == y { return .true }
        let forms = ["none", "nfc", "nfd", "nfkc", "nfkd"]
        // OTP calls unicode:characters_to_<Norm>; an unknown form is undef.
        guard forms.contains(norm.name) else { throw .error(.atom(.undef)) }
        guard let a = try? CharData(x).scalars, let b = try? CharData(y).scalars else { return .false }
        func prepared(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
            normalized(ignoreCase ? casefolded(s) : s, norm.name)
        }
        return .bool(prepared(a) == prepared(b))
    }

    private static func isTextShape(_ t: Term) -> Bool {
        switch t {
        case .nil, .cons: return true
        case .binary(let b): return b.isBinary
        default: return false
        }
    }

    private static func normalized(_ s: [Unicode.Scalar], _ form: String) -> [Unicode.Scalar] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        let text = String(view)
        let result: String
        switch form {
        case "nfc": result = text.precomposedStringWithCanonicalMapping
        case "nfd": result = text.decomposedStringWithCanonicalMapping
        case "nfkc": result = text.precomposedStringWithCompatibilityMapping
        case "nfkd": result = text.decomposedStringWithCompatibilityMapping
        default: return s
        }
        return Array(result.unicodeScalars)
    }
}

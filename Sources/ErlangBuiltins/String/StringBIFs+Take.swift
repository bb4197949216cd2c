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
    static func take(_ t: Term, _ charsT: Term, _ complementT: Term, _ dirT: Term) throws(ErlangError) -> Term {
        let text = try text(t)
        let chars = try listArg(charsT)
        let complement = try boolArg(complementT, .functionClause)
        guard case .atom(let dir) = dirT, dir.name == "leading" || dir.name == "trailing" else { throw .functionClause }
        let taken: ([Unicode.Scalar]) -> Bool = { g in chars.contains(CharData.graphemeTerm(g)) != complement }
        let g = text.graphemes
        if dir.name == "leading" {
            let n = g.prefix(while: taken).count
            return .tuple(text.make(graphemes: g[..<n]), text.make(graphemes: g[n...]))
        }
        let n = g.count - g.reversed().prefix(while: taken).count
        return .tuple(text.make(graphemes: g[..<n]), text.make(graphemes: g[n...]))
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

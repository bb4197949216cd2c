import ErlangRuntime

/// Unicode text as the `string` module takes it: chardata, that is code points, UTF-8
/// binaries and (deep) lists of both. Results keep the input's shape for the two
/// common cases: binary in, binaries out; anything else, lists out.
struct CharData {
    let scalars: [Unicode.Scalar]
    let isBinary: Bool

    /// Reads `t`; `error` for anything that is not valid chardata.
    init(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) {
        isBinary = { if case .binary = t { return true }; return false }()
        var out: [Unicode.Scalar] = []
        var pending: [Term] = [t]
        while let item = pending.popLast() {
            switch item {
            case .nil: continue
            case .int(let c):
                guard c >= 0, c <= 0x10FFFF, let s = Unicode.Scalar(UInt32(c)) else { throw error }
                out.append(s)
            case .binary(let b):
                guard b.isBinary, let text = String(validating: b.bytes, as: UTF8.self) else { throw error }
                out.append(contentsOf: text.unicodeScalars)
            case .cons(let c):
                // A list's tail may be a binary or [], never a bare code point.
                switch c.tail { case .nil, .cons, .binary: break; default: throw error }
                pending.append(c.tail)
                pending.append(c.head)
            default: throw error
            }
        }
        scalars = out
    }

    init(scalars: [Unicode.Scalar], isBinary: Bool) { self.scalars = scalars; self.isBinary = isBinary }

    /// Grapheme clusters ("\r\n", "e" + combining accent, ...), each as its code points.
    var graphemes: [[Unicode.Scalar]] {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s).map { Array($0.unicodeScalars) }
    }

    /// Text of the same shape as this one (binary or list).
    func make(_ scalars: some Sequence<Unicode.Scalar>) -> Term {
        CharData.term(scalars, binary: isBinary)
    }

    func make(graphemes: some Sequence<[Unicode.Scalar]>) -> Term { make(graphemes.joined()) }

    static func term(_ scalars: some Sequence<Unicode.Scalar>, binary: Bool) -> Term {
        if binary {
            var bytes: [UInt8] = []
            for s in scalars { bytes.append(contentsOf: UTF8.encode(s) ?? []) }
            return .binary(Bits(bytes))
        }
        return Term.list(scalars.map { Term.int(Int($0.value)) })
    }

    /// One grapheme as the string module returns it: a code point, or a list of them.
    static func graphemeTerm(_ g: [Unicode.Scalar]) -> Term {
        if g.count == 1, let s = g.first { return .int(Int(s.value)) }
        return Term.list(g.map { Term.int(Int($0.value)) })
    }

    /// A list of separator graphemes (`" ,"`, or `[$\s, "\r\n"]`).
    static func graphemeSet(_ t: Term) throws(ErlangError) -> [[Unicode.Scalar]] {
        var out: [[Unicode.Scalar]] = []
        for item in try listArg(t, .functionClause) {
            out.append(try CharData(item).scalars)
        }
        return out
    }
}

private extension UTF8 {
    static func encode(_ s: Unicode.Scalar) -> [UInt8]? {
        var bytes: [UInt8] = []
        UTF8.encode(s) { bytes.append($0) }
        return bytes
    }
}

import HashTreeCollections
import BigInt
import ErlangRuntime

/// Reads Erlang term syntax into a `Term`, so the format tests can state their inputs as
/// Erlang writes them (`{a,[1,2],<<"x">>,#{k => v}}`) instead of building Swift values.
/// Test-only: it accepts the literal forms, not expressions.
struct TermLiteral {
    enum ParseError: Error { case unexpected(String, at: Int) }

    private let s: [UInt32]
    private var i = 0

    static func parse(_ text: String) throws -> Term {
        var p = TermLiteral(s: text.unicodeScalars.map { $0.value })
        let t = try p.term()
        p.skipSpace()
        if p.i != p.s.count { throw ParseError.unexpected(text, at: p.i) }
        return t
    }

    private init(s: [UInt32]) { self.s = s }

    private var peek: UInt32? { i < s.count ? s[i] : nil }
    private func char(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }

    private mutating func skipSpace() {
        while let c = peek, c == 32 || c == 10 || c == 9 || c == 13 { i += 1 }
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard peek == char(c) else { throw ParseError.unexpected("expected \(c)", at: i) }
        i += 1
    }

    private mutating func accept(_ c: Character) -> Bool {
        skipSpace()
        if peek == char(c) { i += 1; return true }
        return false
    }

    private mutating func term() throws -> Term {
        skipSpace()
        guard let c = peek else { throw ParseError.unexpected("end", at: i) }
        switch c {
        case char("["): return try list()
        case char("{"): return try tuple()
        case char("#"): return try map()
        case char("\""): return .list(try quoted(char("\"")).map { Term.int(Int($0)) })
        case char("'"): return .atom(Atom(String(scalars: try quoted(char("'")))))
        case char("$"): i += 1; return .int(Int(try charLiteral()))
        case char("-"), 48...57: return try number()
        case char("<"):
            if i + 1 < s.count, s[i + 1] == char("<") { return try binary() }
            return try pid()
        default:
            var name: [UInt32] = []
            while let c = peek, ErlangNameChar.isNameChar(c) { name.append(c); i += 1 }
            if name.isEmpty { throw ParseError.unexpected("bad character", at: i) }
            return .atom(Atom(String(scalars: name)))
        }
    }

    private mutating func list() throws -> Term {
        try expect("[")
        if accept("]") { return .nil }
        var items = [try term()]
        while accept(",") { items.append(try term()) }
        var tail = Term.nil
        if accept("|") { tail = try term() }
        try expect("]")
        return .list(items, tail: tail)
    }

    private mutating func tuple() throws -> Term {
        try expect("{")
        if accept("}") { return .tuple(Tuple.make([])) }
        var items = [try term()]
        while accept(",") { items.append(try term()) }
        try expect("}")
        return .tuple(Tuple.make(items))
    }

    private mutating func map() throws -> Term {
        try expect("#"); try expect("{")
        var pairs: [(Term, Term)] = []
        if !accept("}") {
            repeat {
                let k = try term()
                try expect("="); try expect(">")
                pairs.append((k, try term()))
            } while accept(",")
            try expect("}")
        }
        return makeMap(pairs)
    }

    private mutating func binary() throws -> Term {
        try expect("<"); try expect("<")
        var bits: [Bool] = []
        func append(_ value: BigInt, size: Int) {
            for k in stride(from: size - 1, through: 0, by: -1) { bits.append((value >> k) & 1 == 1) }
        }
        if !accept(">") {
            repeat {
                skipSpace()
                if peek == char("\"") {
                    let chars = try quoted(char("\""))
                    if accept("/") {
                        // only /utf8
                        while let c = peek, ErlangNameChar.isNameChar(c) { i += 1 }
                        for b in String(scalars: chars).utf8 { append(BigInt(b), size: 8) }
                    } else {
                        for c in chars { append(BigInt(c & 255), size: 8) }
                    }
                } else {
                    guard case let n = try number(), let v = bigValue(n) else { throw ParseError.unexpected("segment", at: i) }
                    var size = 8
                    if accept(":") { size = Int(bigValue(try number()) ?? 8) }
                    append(v, size: size)
                }
            } while accept(",")
            try expect(">")
        }
        try expect(">")
        var bytes = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (k, bit) in bits.enumerated() where bit { bytes[k / 8] |= UInt8(0x80 >> (k % 8)) }
        return .binary(Bits(bytes: bytes, bitCount: bits.count))
    }

    private func bigValue(_ t: Term) -> BigInt? {
        switch t {
        case .int(let v): return BigInt(v)
        case .big(let b): return b.value
        default: return nil
        }
    }

    private mutating func pid() throws -> Term {
        try expect("<")
        var parts: [Int] = []
        repeat {
            guard case .int(let n) = try number() else { throw ParseError.unexpected("pid", at: i) }
            parts.append(n)
        } while accept(".")
        try expect(">")
        return .pid(Pid(parts.count > 1 ? parts[1] : 0))
    }

    private mutating func number() throws -> Term {
        skipSpace()
        var text = ""
        if peek == char("-") { text += "-"; i += 1 }
        var isFloat = false
        while let c = peek {
            if c >= 48 && c <= 57 { text.unicodeScalars.append(Unicode.Scalar(c)!); i += 1; continue }
            if c == char("."), i + 1 < s.count, s[i + 1] >= 48, s[i + 1] <= 57 {
                isFloat = true; text += "."; i += 1; continue
            }
            if isFloat, c == char("e") || c == char("E") {
                text += "e"; i += 1
                if let d = peek, d == char("-") || d == char("+") { text.unicodeScalars.append(Unicode.Scalar(d)!); i += 1 }
                continue
            }
            if c == char("#"), !isFloat, let base = Int(text) {
                i += 1
                var digits = ""
                while let d = peek, let u = Unicode.Scalar(d), u.properties.isASCIIHexDigit || (u.value >= 0x41 && u.value < 0x5B) || (u.value >= 0x61 && u.value < 0x7B) {
                    digits.unicodeScalars.append(u); i += 1
                }
                return Term.integer(BigInt(digits, radix: base) ?? 0)
            }
            break
        }
        if isFloat { return .float(Double(text) ?? .nan) }
        guard let v = BigInt(text) else { throw ParseError.unexpected("number", at: i) }
        return Term.integer(v)
    }

    /// Characters between `q` quotes, with Erlang escapes decoded.
    private mutating func quoted(_ q: UInt32) throws -> [UInt32] {
        i += 1
        var out: [UInt32] = []
        while let c = peek, c != q {
            if c == char("\\") { i += 1; out.append(try escape()) } else { out.append(c); i += 1 }
        }
        guard peek == q else { throw ParseError.unexpected("unterminated", at: i) }
        i += 1
        return out
    }

    private mutating func charLiteral() throws -> UInt32 {
        guard let c = peek else { throw ParseError.unexpected("char", at: i) }
        i += 1
        return c == char("\\") ? try escape() : c
    }

    private mutating func escape() throws -> UInt32 {
        guard let c = peek else { throw ParseError.unexpected("escape", at: i) }
        i += 1
        switch c {
        case char("n"): return 10
        case char("t"): return 9
        case char("r"): return 13
        case char("v"): return 11
        case char("b"): return 8
        case char("f"): return 12
        case char("e"): return 27
        case char("s"): return 32
        case char("d"): return 127
        case char("^"): let x = peek ?? 64; i += 1; return x & 31
        case char("x"):
            var digits = ""
            if peek == char("{") {
                i += 1
                while let d = peek, d != char("}") { digits.unicodeScalars.append(Unicode.Scalar(d)!); i += 1 }
                i += 1
            } else {
                for _ in 0..<2 { if let d = peek { digits.unicodeScalars.append(Unicode.Scalar(d)!); i += 1 } }
            }
            return UInt32(digits, radix: 16) ?? 0
        case 48...55:
            var v = c - 48
            for _ in 0..<2 { if let d = peek, d >= 48, d <= 55 { v = v * 8 + d - 48; i += 1 } }
            return v
        default: return c
        }
    }
}

enum ErlangNameChar {
    static func isNameChar(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == 0x5F || c == 0x40 || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
    }
}

extension String {
    init(scalars: [UInt32]) {
        var s = ""
        for c in scalars { s.unicodeScalars.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        self = s
    }
}



func makeMap(_ pairs: [(Term, Term)]) -> Term {
    var d = TreeDictionary<Term, Term>()
    for (k, v) in pairs { d[k] = v }
    return .map(ErlMap(d))
}

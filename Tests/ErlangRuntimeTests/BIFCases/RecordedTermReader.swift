import BigInt
import ErlangRuntime

/// Reads the Erlang terms that `io_lib:format("~p", ...)` prints, for the BIF cases
/// recorded from OTP: integers, floats, atoms, strings, lists, tuples, binaries and maps.
/// Test-only; it trusts its input and reports the offset of anything it cannot read.
struct RecordedTermReader {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private let chars: [Unicode.Scalar]
    private var pos = 0

    init(_ text: String) { chars = Array(text.unicodeScalars) }

    /// Reads one term followed by a full stop.
    static func readDotted(_ text: String) throws -> Term {
        var reader = RecordedTermReader(text)
        let term = try reader.term()
        try reader.expect(".")
        return term
    }

    mutating func term() throws -> Term {
        skipSpace()
        guard let c = peek() else { throw fail("unexpected end") }
        switch c {
        case "{": pos += 1; return .tuple(Tuple.make(try sequence(until: "}")))
        case "[": pos += 1; return try list()
        case "\"": return Term.string(try quoted("\""))
        case "'": return .atom(Atom(try quoted("'")))
        case "<": return try binary()
        case "#": return try map()
        case "-", "0"..."9": return try number()
        default:
            if c.properties.isLowercase {
                let name = bareAtom()
                return name == "fun" ? try externalFun() : .atom(Atom(name))
            }
            throw fail("unexpected '\(c)'")
        }
    }

    // MARK: - Compound terms

    private mutating func sequence(until close: Unicode.Scalar) throws -> [Term] {
        var items: [Term] = []
        skipSpace()
        if peek() == close { pos += 1; return items }
        while true {
            items.append(try term())
            skipSpace()
            if peek() == close { pos += 1; return items }
            try expect(",")
        }
    }

    private mutating func list() throws -> Term {
        var items: [Term] = []
        skipSpace()
        if peek() == "]" { pos += 1; return .nil }
        while true {
            items.append(try term())
            skipSpace()
            switch peek() {
            case "]": pos += 1; return Term.list(items)
            case "|":
                pos += 1
                let tail = try term()
                try expect("]")
                return Term.list(items, tail: tail)
            default: try expect(",")
            }
        }
    }

    /// `<<>>`, `<<"text">>`, `<<1,2,3>>`, `<<"ab",5:3>>`.
    private mutating func binary() throws -> Term {
        try expect("<"); try expect("<")
        var bits: [Bool] = []
        skipSpace()
        if peek() == ">" { pos += 2; return .binary(Bits([])) }
        while true {
            skipSpace()
            if peek() == "\"" {
                for s in try quoted("\"").unicodeScalars { append(Int(s.value), size: 8, to: &bits) }
            } else {
                guard case .int(let v) = try number() else { throw fail("bad segment") }
                var size = 8
                if peek() == ":" {
                    pos += 1
                    guard case .int(let s) = try number() else { throw fail("bad size") }
                    size = s
                }
                append(v, size: size, to: &bits)
            }
            skipSpace()
            if peek() == ">" { pos += 2; break }
            try expect(",")
        }
        var bytes = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (i, bit) in bits.enumerated() where bit { bytes[i / 8] |= 0x80 >> UInt8(i % 8) }
        return .binary(Bits(bytes: bytes, bitCount: bits.count))
    }

    private func append(_ value: Int, size: Int, to bits: inout [Bool]) {
        for i in stride(from: size - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
    }

    /// `fun M:F/A`, as binary_to_term decodes it (index and uniq 0).
    private mutating func externalFun() throws -> Term {
        skipSpace()
        guard case .atom(let module) = try term() else { throw fail("bad fun module") }
        try expect(":")
        guard case .atom(let function) = try term() else { throw fail("bad fun name") }
        try expect("/")
        guard case .int(let arity) = try number() else { throw fail("bad fun arity") }
        return .fun(ErlFun(kind: .external(module: module, function: function), module: module,
                           name: function.name, arity: arity, index: 0, uniq: 0))
    }

    private mutating func map() throws -> Term {
        try expect("#"); try expect("{")
        var dict: [(Term, Term)] = []
        skipSpace()
        if peek() == "}" { pos += 1 } else {
            while true {
                let k = try term()
                try expect("="); try expect(">")
                dict.append((k, try term()))
                skipSpace()
                if peek() == "}" { pos += 1; break }
                try expect(",")
            }
        }
        return .map(ErlMap(.init(uniqueKeysWithValues: dict)))
    }

    // MARK: - Atomic terms

    private mutating func number() throws -> Term {
        var text = ""
        if peek() == "-" { text.append("-"); pos += 1 }
        while let c = peek(), ("0"..."9").contains(c) || c == "." || c == "e"
                || (c == "-" && text.last == "e") || (c == "+" && text.last == "e") {
            // A '.' not followed by a digit is the full stop ending the term.
            if c == ".", !(pos + 1 < chars.count && ("0"..."9").contains(chars[pos + 1])) { break }
            text.unicodeScalars.append(c); pos += 1
        }
        if text.contains(".") {
            guard let d = Double(text) else { throw fail("bad float \(text)") }
            return .float(d)
        }
        if let i = Int(text) { return .int(i) }
        guard let big = BigInt(text) else { throw fail("bad integer \(text)") }
        return Term.integer(big)
    }

    private mutating func bareAtom() -> String {
        var s = ""
        while let c = peek(), c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "@" {
            s.unicodeScalars.append(c); pos += 1
        }
        return s
    }

    /// A quoted string or atom with Erlang escapes.
    private mutating func quoted(_ q: Unicode.Scalar) throws -> String {
        pos += 1
        var s = String.UnicodeScalarView()
        while let c = peek() {
            pos += 1
            if c == q { return String(s) }
            if c != "\\" { s.append(c); continue }
            guard let e = peek() else { break }
            pos += 1
            switch e {
            case "n": s.append("\n")
            case "t": s.append("\t")
            case "r": s.append("\r")
            case "e": s.append(Unicode.Scalar(27))
            case "b": s.append(Unicode.Scalar(8))
            case "f": s.append(Unicode.Scalar(12))
            case "v": s.append(Unicode.Scalar(11))
            case "s": s.append(" ")
            case "d": s.append(Unicode.Scalar(127))
            case "x":
                var hex = ""
                if peek() == "{" {
                    pos += 1
                    while let d = peek(), d != "}" { hex.unicodeScalars.append(d); pos += 1 }
                    pos += 1
                } else {
                    for _ in 0..<2 { if let d = peek() { hex.unicodeScalars.append(d); pos += 1 } }
                }
                s.append(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? " ")
            case "0"..."7":
                var v = Int(e.value) - 48
                for _ in 0..<2 {
                    guard let d = peek(), ("0"..."7").contains(d) else { break }
                    v = v * 8 + Int(d.value) - 48; pos += 1
                }
                s.append(Unicode.Scalar(UInt32(v)) ?? " ")
            default: s.append(e)
            }
        }
        throw fail("unterminated quote")
    }

    // MARK: - Characters

    private func peek() -> Unicode.Scalar? { pos < chars.count ? chars[pos] : nil }

    private mutating func skipSpace() {
        while let c = peek(), c == " " || c == "\n" || c == "\t" { pos += 1 }
    }

    mutating func expect(_ c: Unicode.Scalar) throws {
        skipSpace()
        guard peek() == c else { throw fail("expected '\(c)'") }
        pos += 1
    }

    private func fail(_ what: String) -> Failure {
        let context = String(String.UnicodeScalarView(chars[max(0, pos - 20)..<min(chars.count, pos + 20)]))
        return Failure(message: "\(what) at offset \(pos) near: \(context)")
    }
}

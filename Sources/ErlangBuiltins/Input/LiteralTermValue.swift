import BigInt
import ErlangRuntime
import ErlangSyntax
import HashTreeCollections

/// The term a parsed expression denotes when it is a literal term, as erl_parse:parse_term/1
/// accepts them: numbers (with a sign), atoms, characters, strings, lists, tuples, maps with
/// `=>` associations, binaries of integer/character/string segments (with an optional
/// integer size, default type) and `fun M:F/A`. Anything else (variables, operators, calls,
/// `:=`) is nil: erl_parse's "bad term". Used by io:read and file:consult.
enum LiteralTermValue {
    static func term(_ e: Expr) -> Term? {
        LiteralValue.term(e, other: beyondSourceConstants)
    }

    /// What parse_term accepts beyond the constants the compiler folds.
    private static func beyondSourceConstants(_ e: Expr) -> Term? {
        switch e.kind {
        case .unaryOp("+", let x):
            guard let t = term(x), t.isNumber else { return nil }
            return t
        case .map(nil, let fields):
            var dict = TreeDictionary<Term, Term>()
            for field in fields {
                guard !field.exact, let k = term(field.key), let v = term(field.value) else { return nil }
                dict[k] = v
            }
            return .map(ErlMap(dict))
        case .binary(let elements):
            var bytes: [UInt8] = []
            for element in elements {
                guard element.specifiers.isEmpty, let segment = segmentBytes(element) else { return nil }
                bytes += segment
            }
            return .binary(bytes)
        case .remoteFunRef(let m, let f, let a):
            guard case .atom(let module) = m.kind, case .atom(let name) = f.kind,
                  case .integer(let arity) = a.kind, arity >= 0, arity <= 255 else { return nil }
            return .fun(ErlFun(kind: .external(module: Atom(module), function: Atom(name)), module: Atom(module),
                               name: name, arity: arity, index: 0, uniq: 0))
        default:
            return nil
        }
    }

    /// A whole-byte integer, character or string segment, big-endian.
    private static func segmentBytes(_ element: BinElement) -> [UInt8]? {
        var bits = 8
        if let size = element.size {
            guard case .integer(let n) = size.kind, n >= 0, n % 8 == 0 else { return nil }
            bits = n
        }
        let values: [Int]
        switch element.value.kind {
        case .integer(let i): values = [i]
        case .char(let c): values = [c]
        case .string(let cs): values = cs
        default: return nil
        }
        var out: [UInt8] = []
        for v in values {
            var shift = bits - 8
            while shift >= 0 {
                out.append(shift >= Int.bitWidth ? (v < 0 ? 0xFF : 0) : UInt8(truncatingIfNeeded: v >> shift))
                shift -= 8
            }
        }
        return out
    }
}

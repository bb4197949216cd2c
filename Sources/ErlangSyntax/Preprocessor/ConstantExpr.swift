/// A small expression, as written in `-if(Cond).`, `-elif(Cond).`, `-error(Term).` and
/// `-warning(Term).`: literals, variables, data constructors, operators and calls.
/// Anything else (funs, case, records...) is rejected when parsed.
indirect enum ConstantExpr: Sendable {
    case literal(ConstantTerm)
    case variable(String)
    case list([ConstantExpr], tail: ConstantExpr?)
    case tuple([ConstantExpr])
    case map([(key: ConstantExpr, value: ConstantExpr)])
    case binary([ConstantExpr])
    case unary(op: String, ConstantExpr)
    case binaryOp(op: String, ConstantExpr, ConstantExpr)
    /// `name(Args)` or `module:name(Args)`.
    case call(module: String?, name: String, [ConstantExpr])
    /// `P = E`: parsed so it can be reported as "badly formed", never evaluated.
    case match(ConstantExpr, ConstantExpr)

    /// The term this expression denotes when it is a plain literal term, as
    /// `erl_parse:parse_term/1` accepts it: constants, `-`/`+` directly on a number,
    /// and lists, tuples, maps and binaries of those.
    var literalTerm: ConstantTerm? {
        switch self {
        case .literal(let t): return t
        case .unary(let op, .literal(let t)) where op == "-" || op == "+":
            return op == "+" ? t.numberOrNil : t.negated
        case .tuple(let es):
            return es.allLiterals.map { .tuple($0) }
        case .list(let es, let tail):
            guard let elements = es.allLiterals else { return nil }
            guard let tail else { return .list(elements, tail: nil) }
            return tail.literalTerm.map { ConstantTerm.makeList(elements, tail: $0) }
        case .map(let pairs):
            var out: [(key: ConstantTerm, value: ConstantTerm)] = []
            for p in pairs {
                guard let k = p.key.literalTerm, let v = p.value.literalTerm else { return nil }
                out.append((k, v))
            }
            return .map(out)
        case .binary(let segments):
            var bytes: [UInt8] = []
            for s in segments {
                guard let t = s.literalTerm, t.appendBinarySegment(to: &bytes) else { return nil }
            }
            return .binary(bytes)
        case .variable, .unary, .binaryOp, .call, .match: return nil
        }
    }
}

extension Array where Element == ConstantExpr {
    var allLiterals: [ConstantTerm]? {
        var out: [ConstantTerm] = []
        out.reserveCapacity(count)
        for e in self {
            guard let t = e.literalTerm else { return nil }
            out.append(t)
        }
        return out
    }
}

extension ConstantTerm {
    /// `[E1, E2 | Tail]` with the tail flattened in when it is itself a list.
    static func makeList(_ elements: [ConstantTerm], tail: ConstantTerm) -> ConstantTerm {
        if case .list(let more, let moreTail) = tail { return .list(elements + more, tail: moreTail) }
        return elements.isEmpty ? tail : .list(elements, tail: tail)
    }

    var numberOrNil: ConstantTerm? {
        switch self {
        case .integer, .bigInteger, .float: return self
        default: return nil
        }
    }

    var negated: ConstantTerm? {
        switch self {
        case .integer(let i):
            let (r, overflow) = (0 as Int).subtractingReportingOverflow(i)
            return overflow ? .bigInteger(String(String(i).dropFirst())) : .integer(r)
        case .bigInteger(let d): return d.hasPrefix("-") ? ConstantTerm.bigInteger(String(d.dropFirst())) : .bigInteger("-" + d)
        case .float(let f): return .float(-f)
        default: return nil
        }
    }

    /// Appends a default-typed binary segment (an 8-bit integer or a string) to `bytes`.
    func appendBinarySegment(to bytes: inout [UInt8]) -> Bool {
        switch self {
        case .integer(let i):
            bytes.append(UInt8(truncatingIfNeeded: i))
            return true
        case .list(let elements, nil):
            guard let codePoints = elements.allIntegers else { return false }
            bytes += codePoints.map { UInt8(truncatingIfNeeded: $0) }
            return true
        default: return false
        }
    }
}

extension Array where Element == ConstantTerm {
    var allIntegers: [Int]? {
        var out: [Int] = []
        for e in self {
            guard case .integer(let i) = e else { return nil }
            out.append(i)
        }
        return out
    }
}

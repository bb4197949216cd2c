import ErlangRuntime

/// Numeric BIFs. Unlike the operators, these raise `badarg` (not `badarith`) for a
/// non-number.
extension ErlangBIFs {
    static let numbers: [String: BIFFunction] = [
        "abs/1": { a, _ throws(ErlangError) in
            switch a[0] {
            case .int(let i) where i >= 0: return a[0]
            case .int: return try Arith.neg(a[0])
            case .big(let b): return b.value.sign == .minus ? Term.integer(-b.value) : a[0]
            case .float(let f): return .float(f < 0 ? -f : f)   // OTP keeps -0.0
            default: throw .badarg
            }
        },
        "min/2": { a, _ in compareTerms(a[0], a[1]) > 0 ? a[1] : a[0] },
        "max/2": { a, _ in compareTerms(a[0], a[1]) < 0 ? a[1] : a[0] },
        "float/1": { a, _ throws(ErlangError) in
            guard a[0].isNumber, let d = Arith.toDouble(a[0]) else { throw .badarg }
            return .float(d)
        },
        "round/1": { a, _ throws(ErlangError) in try integral(a[0], .toNearestOrAwayFromZero) },
        "trunc/1": { a, _ throws(ErlangError) in try integral(a[0], .towardZero) },
        "floor/1": { a, _ throws(ErlangError) in try integral(a[0], .down) },
        "ceil/1": { a, _ throws(ErlangError) in try integral(a[0], .up) },
    ]

    /// An integer unchanged, or a float rounded by `rule` to the integer it equals.
    static func integral(_ t: Term, _ rule: FloatingPointRoundingRule) throws(ErlangError) -> Term {
        switch t {
        case .int, .big: return t
        case .float(let f): return Arith.integer(fromIntegral: f.rounded(rule))
        default: throw .badarg
        }
    }
}

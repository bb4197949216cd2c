import BigInt

/// Erlang's arithmetic operators, with OTP's exact semantics:
/// - integers never overflow: `.int` results that overflow are promoted to bignums, and
///   bignum results that fit are normalised back to `.int` (`Term.integer(_:)`);
/// - an integer mixed with a float is converted to a float first; a float result that is
///   infinite or NaN is a `badarith` error (Erlang has neither);
/// - `/` always returns a float, `div` and `rem` take integers only and truncate towards
///   zero (`rem` has the sign of the dividend);
/// - any non-number operand is `badarith`;
/// - an integer result wider than OTP's largest bignum is `system_limit`.
///
/// The VM calls these for every operator, so each has a tiny inlinable `.int` fast path and
/// leaves everything else to an out-of-line slow path.
public enum Arith {
    /// OTP 25 (64-bit) refuses integers whose magnitude needs more bits than this
    /// (524,287 machine words); a wider result raises `system_limit`.
    public static let maxIntegerBits = 33_554_368

    @inlinable
    public static func add(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(r) }
        }
        return try addSlow(a, b)
    }

    @inlinable
    public static func sub(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.subtractingReportingOverflow(y)
            if !overflow { return .int(r) }
        }
        return try subSlow(a, b)
    }

    @inlinable
    public static func mul(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .int(r) }
        }
        return try mulSlow(a, b)
    }

    /// `/`: float division; both operands are converted to floats first.
    public static func fdiv(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        guard let x = toDouble(a), let y = toDouble(b), y != 0 else { throw .badarith }
        return try checkedFloat(x / y)
    }

    /// `div`: integer division truncating towards zero.
    @inlinable
    public static func intDiv(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b, y != 0, !(x == .min && y == -1) {
            return .int(x / y)
        }
        return try intDivSlow(a, b)
    }

    /// `rem`: remainder with the sign of the dividend.
    @inlinable
    public static func rem(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b, y != 0 {
            return .int(y == -1 ? 0 : x % y)
        }
        return try remSlow(a, b)
    }

    /// Unary `-`.
    @inlinable
    public static func neg(_ a: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, x != .min { return .int(-x) }
        return try negSlow(a)
    }

    /// Unary `+`: the identity on numbers, `badarith` otherwise.
    public static func plus(_ a: Term) throws(ErlangError) -> Term {
        guard a.isNumber else { throw .badarith }
        return a
    }

    // MARK: - Slow paths

    @usableFromInline
    static func addSlow(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        switch try operands(a, b) {
        case .integers(let x, let y): return try checkedInteger(x + y)
        case .floats(let x, let y): return try checkedFloat(x + y)
        }
    }

    @usableFromInline
    static func subSlow(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        switch try operands(a, b) {
        case .integers(let x, let y): return try checkedInteger(x - y)
        case .floats(let x, let y): return try checkedFloat(x - y)
        }
    }

    @usableFromInline
    static func mulSlow(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        switch try operands(a, b) {
        case .integers(let x, let y):
            // A product has at least bits(x) + bits(y) - 1 bits: refuse hopeless ones
            // before spending time computing them.
            if !x.isZero, !y.isZero,
               x.magnitude.bitWidth + y.magnitude.bitWidth - 1 > maxIntegerBits {
                throw .systemLimit
            }
            return try checkedInteger(x * y)
        case .floats(let x, let y): return try checkedFloat(x * y)
        }
    }

    @usableFromInline
    static func intDivSlow(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        guard let x = bigValue(a), let y = bigValue(b), !y.isZero else { throw .badarith }
        return Term.integer(x / y)
    }

    @usableFromInline
    static func remSlow(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        guard let x = bigValue(a), let y = bigValue(b), !y.isZero else { throw .badarith }
        return Term.integer(x % y)
    }

    @usableFromInline
    static func negSlow(_ a: Term) throws(ErlangError) -> Term {
        switch a {
        case .int(let x): return Term.integer(-BigInt(x))
        case .big(let x): return Term.integer(-x.value)
        case .float(let f): return .float(-f)
        default: throw .badarith
        }
    }

    /// Two numeric operands, brought to a common representation.
    enum Operands {
        case integers(BigInt, BigInt)
        case floats(Double, Double)
    }

    static func operands(_ a: Term, _ b: Term) throws(ErlangError) -> Operands {
        if let x = bigValue(a), let y = bigValue(b) { return .integers(x, y) }
        guard a.isNumber, b.isNumber, let x = toDouble(a), let y = toDouble(b) else {
            throw .badarith
        }
        return .floats(x, y)
    }

    /// A float result: Erlang has no infinities or NaNs, so producing one is `badarith`.
    @inline(__always)
    static func checkedFloat(_ f: Double) throws(ErlangError) -> Term {
        guard f.isFinite else { throw .badarith }
        return .float(f)
    }

    /// An integer result, normalised, or `system_limit` if OTP could not hold it.
    static func checkedInteger(_ v: BigInt) throws(ErlangError) -> Term {
        if let i = Int(exactly: v) { return .int(i) }
        guard v.magnitude.bitWidth <= maxIntegerBits else { throw .systemLimit }
        return .big(BigBox(v))
    }
}

import ErlangRuntime
import Foundation

/// Module `math`: C's libm on floats. Arguments may be any numbers (converted to
/// floats); a non-number is `badarg`, and a result that is NaN or infinite (a domain or
/// range error) is `badarith`, as in OTP.
enum MathBIFs {
    static let table = BIFTable(module: "math", [
        "pi/0": { _, _ in .float(Double.pi) },
        "sqrt/1": unary { $0.squareRoot() },
        "exp/1": unary(Foundation.exp),
        "log/1": unary(Foundation.log),
        "log2/1": unary(Foundation.log2),
        "log10/1": unary(Foundation.log10),
        "sin/1": unary(Foundation.sin),
        "cos/1": unary(Foundation.cos),
        "tan/1": unary(Foundation.tan),
        "asin/1": unary(Foundation.asin),
        "acos/1": unary(Foundation.acos),
        "atan/1": unary(Foundation.atan),
        "sinh/1": unary(Foundation.sinh),
        "cosh/1": unary(Foundation.cosh),
        "tanh/1": unary(Foundation.tanh),
        "asinh/1": unary(Foundation.asinh),
        "acosh/1": unary(Foundation.acosh),
        "atanh/1": unary(Foundation.atanh),
        "erf/1": unary(Foundation.erf),
        "erfc/1": unary(Foundation.erfc),
        "floor/1": unary { $0.rounded(.down) },
        "ceil/1": unary { $0.rounded(.up) },
        "atan2/2": binary(Foundation.atan2),
        "pow/2": binary(Foundation.pow),
        "fmod/2": binary(Foundation.fmod),
    ])

    static func float(_ t: Term) throws(ErlangError) -> Double {
        guard let d = Arith.toDouble(t) else { throw .badarg }
        return d
    }

    static func result(_ d: Double) throws(ErlangError) -> Term {
        guard d.isFinite else { throw .badarith }
        return .float(d)
    }

    static func unary(_ f: @escaping (Double) -> Double) -> BIFFunction {
        { a, _ throws(ErlangError) in try result(f(try float(a[0]))) }
    }

    static func binary(_ f: @escaping (Double, Double) -> Double) -> BIFFunction {
        { a, _ throws(ErlangError) in
            let x = try float(a[0]), y = try float(a[1])
            return try result(f(x, y))
        }
    }
}

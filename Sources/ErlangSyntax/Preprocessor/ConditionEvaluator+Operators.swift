/// Erlang's operators over `ConstantTerm`s, for `-if` conditions. Integer results
/// that overflow `Int` fail (the condition then counts as false): conditions in
/// practice compare release numbers and small constants.
enum Operators {
    static func unary(_ op: String, _ x: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        switch (op, x) {
        case ("-", _): guard let n = x.numberOrNil?.negated else { throw EvaluationFailure() }; return n
        case ("+", _): guard let n = x.numberOrNil else { throw EvaluationFailure() }; return n
        case ("not", .atom("true")): return .false
        case ("not", .atom("false")): return .true
        case ("bnot", .integer(let i)): return .integer(~i)
        default: throw EvaluationFailure()
        }
    }

    static func binary(_ op: String, _ x: ConstantTerm, _ y: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        switch op {
        case "==": return .boolean(ConstantTerm.compare(x, y, exact: false) == 0)
        case "/=": return .boolean(ConstantTerm.compare(x, y, exact: false) != 0)
        case "=:=": return .boolean(ConstantTerm.compare(x, y, exact: true) == 0)
        case "=/=": return .boolean(ConstantTerm.compare(x, y, exact: true) != 0)
        case "<": return .boolean(ConstantTerm.compare(x, y, exact: false) < 0)
        case "=<": return .boolean(ConstantTerm.compare(x, y, exact: false) <= 0)
        case ">": return .boolean(ConstantTerm.compare(x, y, exact: false) > 0)
        case ">=": return .boolean(ConstantTerm.compare(x, y, exact: false) >= 0)
        case "and", "or", "xor": return try boolean(op, x, y)
        case "++": return try append(x, y)
        case "--": return try subtract(x, y)
        default: return try arithmetic(op, x, y)
        }
    }

    private static func boolean(_ op: String, _ x: ConstantTerm, _ y: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        guard let a = x.asBool, let b = y.asBool else { throw EvaluationFailure() }
        switch op {
        case "and": return .boolean(a && b)
        case "or": return .boolean(a || b)
        default: return .boolean(a != b)
        }
    }

    private static func append(_ x: ConstantTerm, _ y: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        guard case .list(let elements, nil) = x else { throw EvaluationFailure() }
        return ConstantTerm.makeList(elements, tail: y)
    }

    private static func subtract(_ x: ConstantTerm, _ y: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        guard case .list(var elements, nil) = x, case .list(let remove, nil) = y else { throw EvaluationFailure() }
        for r in remove {
            if let i = elements.firstIndex(where: { $0 == r }) { elements.remove(at: i) }
        }
        return .list(elements, tail: nil)
    }

    private static func arithmetic(_ op: String, _ x: ConstantTerm, _ y: ConstantTerm) throws(EvaluationFailure) -> ConstantTerm {
        if case .integer(let a) = x, case .integer(let b) = y { return try integerArithmetic(op, a, b) }
        guard ["+", "-", "*", "/"].contains(op), let a = x.floatValue, let b = y.floatValue else { throw EvaluationFailure() }
        let r: Double
        switch op {
        case "+": r = a + b
        case "-": r = a - b
        case "*": r = a * b
        default:
            guard b != 0 else { throw EvaluationFailure() }
            r = a / b
        }
        guard r.isFinite else { throw EvaluationFailure() }
        return .float(r)
    }

    private static func integerArithmetic(_ op: String, _ a: Int, _ b: Int) throws(EvaluationFailure) -> ConstantTerm {
        let result: (Int, Bool)
        switch op {
        case "+": result = a.addingReportingOverflow(b)
        case "-": result = a.subtractingReportingOverflow(b)
        case "*": result = a.multipliedReportingOverflow(by: b)
        case "/":
            guard b != 0 else { throw EvaluationFailure() }
            return .float(Double(a) / Double(b))
        case "div": guard b != 0 else { throw EvaluationFailure() }; result = a.dividedReportingOverflow(by: b)
        case "rem": guard b != 0 else { throw EvaluationFailure() }; result = a.remainderReportingOverflow(dividingBy: b)
        case "band": result = (a & b, false)
        case "bor": result = (a | b, false)
        case "bxor": result = (a ^ b, false)
        case "bsl", "bsr":
            guard b != Int.min else { throw EvaluationFailure() }
            return try shift(op == "bsl" ? b : -b, a)
        default: throw EvaluationFailure()
        }
        guard !result.1 else { throw EvaluationFailure() }
        return .integer(result.0)
    }

    /// `a bsl n` (n < 0 shifts right, rounding towards minus infinity as Erlang does).
    private static func shift(_ n: Int, _ a: Int) throws(EvaluationFailure) -> ConstantTerm {
        if n <= -Int.bitWidth { return .integer(a < 0 ? -1 : 0) }
        if n <= 0 { return .integer(a >> -n) }
        guard n < Int.bitWidth, a == (a << n) >> n else { throw EvaluationFailure() }
        return .integer(a << n)
    }
}

extension ConstantTerm {
    var asBool: Bool? {
        switch self {
        case .atom("true"): return true
        case .atom("false"): return false
        default: return nil
        }
    }

    var floatValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .float(let f): return f
        default: return nil
        }
    }
}

/// Evaluates the condition of `-if(Cond).` / `-elif(Cond).` as epp does: the
/// condition must be a guard expression, where `defined(Macro)` tells whether a
/// macro is defined. The branch is taken only when the value is `true`; a failing
/// evaluation (unbound variable, badarith, unknown function) counts as false.
struct ConditionEvaluator {
    let isDefined: (String) -> Bool

    /// true/false, or nil when the condition is badly formed (not a guard expression).
    func evaluate(_ condition: ConstantExpr) -> Bool? {
        guard isGuardExpression(condition) else { return nil }
        guard let value = try? value(of: condition) else { return false }
        return value == .true
    }

    // MARK: Validation

    private func isGuardExpression(_ e: ConstantExpr) -> Bool {
        switch e {
        case .literal, .variable: return true
        case .match: return false
        case .list(let es, let tail): return es.allSatisfy(isGuardExpression) && (tail.map(isGuardExpression) ?? true)
        case .tuple(let es), .binary(let es): return es.allSatisfy(isGuardExpression)
        case .map(let pairs): return pairs.allSatisfy { isGuardExpression($0.key) && isGuardExpression($0.value) }
        case .unary(_, let x): return isGuardExpression(x)
        case .binaryOp(let op, let x, let y):
            // `++` and `--` are not guard operators.
            return op != "++" && op != "--" && isGuardExpression(x) && isGuardExpression(y)
        case .call(let module, let name, let args):
            if module == nil, name == "defined" {
                guard args.count == 1 else { return true }   // an unknown local function
                return macroName(args[0]) != nil
            }
            guard args.allSatisfy(isGuardExpression) else { return false }
            let isGuardBIF = GuardBIFs.implementation(name, args.count) != nil
            if let module { return module == "erlang" && isGuardBIF }
            return isGuardBIF || !GuardBIFs.isOtherAutoImportedBIF(name)
        }
    }

    private func macroName(_ e: ConstantExpr) -> String? {
        switch e {
        case .literal(.atom(let name)), .variable(let name): return name
        default: return nil
        }
    }

    // MARK: Evaluation

    private func value(of e: ConstantExpr) throws(EvaluationFailure) -> ConstantTerm {
        switch e {
        case .literal(let t): return t
        case .variable, .match: throw EvaluationFailure()
        case .list(let es, let tail):
            let elements = try values(es)
            guard let tail else { return .list(elements, tail: nil) }
            return ConstantTerm.makeList(elements, tail: try value(of: tail))
        case .tuple(let es): return .tuple(try values(es))
        case .map(let pairs):
            var out: [(key: ConstantTerm, value: ConstantTerm)] = []
            for p in pairs {
                let k = try value(of: p.key), v = try value(of: p.value)
                out.removeAll { $0.key == k }
                out.append((k, v))
            }
            return .map(out)
        case .binary(let segments):
            var bytes: [UInt8] = []
            for s in segments where !(try value(of: s)).appendBinarySegment(to: &bytes) { throw EvaluationFailure() }
            return .binary(bytes)
        case .unary(let op, let x): return try Operators.unary(op, try value(of: x))
        case .binaryOp(let op, let x, let y): return try binaryOp(op, x, y)
        case .call(_, let name, let args):
            if name == "defined", args.count == 1, let macro = macroName(args[0]) { return .boolean(isDefined(macro)) }
            guard let bif = GuardBIFs.implementation(name, args.count) else { throw EvaluationFailure() }
            return try bif(try values(args))
        }
    }

    private func values(_ es: [ConstantExpr]) throws(EvaluationFailure) -> [ConstantTerm] {
        var out: [ConstantTerm] = []
        for e in es { out.append(try value(of: e)) }
        return out
    }

    /// `andalso`/`orelse` evaluate their right side only when needed.
    private func binaryOp(_ op: String, _ x: ConstantExpr, _ y: ConstantExpr) throws(EvaluationFailure) -> ConstantTerm {
        let lhs = try value(of: x)
        switch op {
        case "andalso", "orelse":
            guard lhs == .true || lhs == .false else { throw EvaluationFailure() }
            if (op == "andalso") == (lhs == .false) { return lhs }
            return try value(of: y)
        default:
            return try Operators.binary(op, lhs, try value(of: y))
        }
    }
}

/// Any failure while evaluating a condition; epp treats it as "false".
struct EvaluationFailure: Error {}

// "no clause will ever match": the compiler's warning for matching a constant against
// patterns that are other constants (`1 = 2`, `case {a, 1} of {a, 2} -> ... end`). Only
// literal terms are compared; anything with a variable or a call is left alone.

/// A literal term, compared the way matching compares (1 and 1.0 differ).
indirect enum GroundTerm: Equatable {
    case integer(String)          // decimal text, so big integers compare too
    case float(Double)
    case atom(String)
    case tuple([GroundTerm])
    case list([GroundTerm], tail: GroundTerm?)   // nil tail: proper list

    /// The literal value of `e`, or nil when it is not a literal.
    init?(_ e: Expr) {
        switch e.kind {
        case .integer(let n): self = .integer(String(n))
        case .char(let c): self = .integer(String(c))
        case .bigInteger(let digits): self = .integer(digits)
        case .float(let x): self = .float(x)
        case .atom(let a): self = .atom(a)
        case .nil: self = .list([], tail: nil)
        case .string(let codes): self = .list(codes.map { .integer(String($0)) }, tail: nil)
        case .unaryOp("-", let x):
            switch x.kind {
            case .integer(let n): self = .integer(String(-n))    // literals are never negative: no overflow
            case .float(let f): self = .float(-f)
            default: return nil
            }
        case .tuple(let elements):
            var values: [GroundTerm] = []
            for element in elements {
                guard let v = GroundTerm(element) else { return nil }
                values.append(v)
            }
            self = .tuple(values)
        case .cons:
            var elements: [GroundTerm] = []
            var rest = e
            while case .cons(let head, let tail) = rest.kind {
                guard let h = GroundTerm(head) else { return nil }
                elements.append(h)
                rest = tail
            }
            guard let t = GroundTerm(rest) else { return nil }
            if case .list(let more, let moreTail) = t {
                self = .list(elements + more, tail: moreTail)
            } else {
                self = .list(elements, tail: t)
            }
        default:
            return nil
        }
    }
}

extension BodyChecker {
    /// `Pattern = Value` with both literal and different.
    func reportConstantMismatch(pattern: Expr, value: Expr, at loc: SourceLocation) {
        guard pattern.isShallow(), value.isShallow(),
              let p = GroundTerm(pattern), let v = GroundTerm(value), p != v else { return }
        report.add(.noClauseMatches, at: loc)
    }

    /// `case Literal of ...` where every clause is another literal.
    func reportConstantCase(_ subject: Expr, _ clauses: [Clause], at loc: SourceLocation) {
        guard !clauses.isEmpty, subject.isShallow(), let v = GroundTerm(subject) else { return }
        for c in clauses {
            guard c.patterns.count == 1, c.patterns[0].isShallow(), let p = GroundTerm(c.patterns[0]), p != v else {
                return
            }
        }
        report.add(.noClauseMatches, at: loc)
    }
}

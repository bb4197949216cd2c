// "this clause cannot match because a previous clause at line L always matches": the
// compiler's warning for a clause hidden by an earlier one without a guard. Only the plain
// cases are detected: an earlier clause of fresh variables (a catch-all), or one whose
// patterns are the same literals/structures with variables where this one has anything.

extension BodyChecker {
    /// `vt` is what is bound before the clauses: a bound variable in a pattern is a test, not a catch-all.
    func reportUnreachableClauses(_ clauses: [Clause], _ vt: VarTable, function: FunctionName?) {
        guard clauses.count > 1, clauses.allSatisfy({ $0.patterns.allSatisfy { $0.isShallow() } }) else { return }
        var catchAllLine: Int?
        for (i, c) in clauses.enumerated() {
            if let line = catchAllLine {
                report.add(function.map { .functionClauseShadowed($0, line: line) } ?? .clauseShadowed(line: line),
                           at: c.loc)
                continue
            }
            if let earlier = clauses[..<i].first(where: { isUnguarded($0) && subsumes($0.patterns, c.patterns, vt) }) {
                report.add(.clauseShadowed(line: earlier.loc.line), at: c.loc)
            }
            if isUnguarded(c) && subsumesEverything(c.patterns, vt) { catchAllLine = c.loc.line }
        }
    }

    private func isUnguarded(_ c: Clause) -> Bool {
        c.guards.allSatisfy { $0.allSatisfy { if case .atom("true") = $0.kind { return true } else { return false } } }
    }

    private func subsumesEverything(_ patterns: [Expr], _ vt: VarTable) -> Bool {
        let once = variablesOccurringOnce(patterns)
        return patterns.allSatisfy { isCatchAll($0, once, vt) }
    }

    private func subsumes(_ general: [Expr], _ specific: [Expr], _ vt: VarTable) -> Bool {
        guard general.count == specific.count else { return false }
        let once = variablesOccurringOnce(general)
        return zip(general, specific).allSatisfy { subsumes($0, $1, once, vt) }
    }

    private func isCatchAll(_ p: Expr, _ once: Set<String>, _ vt: VarTable) -> Bool {
        switch p.kind {
        case .variable(let name): return name == "_" || (once.contains(name) && vt[name] == nil)
        case .match(let l, let r): return isCatchAll(l, once, vt) && isCatchAll(r, once, vt)
        default: return false
        }
    }

    /// Does every value that matches `specific` match `general`?
    private func subsumes(_ general: Expr, _ specific: Expr, _ once: Set<String>, _ vt: VarTable) -> Bool {
        if isCatchAll(general, once, vt) { return true }
        if case .match(let l, let r) = specific.kind {
            return subsumes(general, l, once, vt) || subsumes(general, r, once, vt)
        }
        switch (general.kind, specific.kind) {
        case (.atom(let a), .atom(let b)): return a == b
        case (.integer(let a), .integer(let b)), (.char(let a), .char(let b)),
             (.integer(let a), .char(let b)), (.char(let a), .integer(let b)):
            return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.nil, .nil): return true
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { subsumes($0, $1, once, vt) }
        case (.cons, .cons):
            let (a, tailA) = listElements(general), (b, tailB) = listElements(specific)
            if a.count > b.count { return false }
            // [H | T] against [1, 2, 3]: T must take any rest.
            return zip(a, b).allSatisfy { subsumes($0, $1, once, vt) }
                && (a.count == b.count ? subsumes(tailA, tailB, once, vt) : isCatchAll(tailA, once, vt))
        default:
            return false
        }
    }

    private func variablesOccurringOnce(_ patterns: [Expr]) -> Set<String> {
        var counts: [String: Int] = [:]
        func walk(_ e: Expr) {
            switch e.kind {
            case .variable(let n): counts[n, default: 0] += 1
            case .tuple(let xs): xs.forEach(walk)
            case .cons:
                let (elements, tail) = listElements(e)
                elements.forEach(walk)
                walk(tail)
            case .match(let l, let r): walk(l); walk(r)
            default: break
            }
        }
        patterns.forEach(walk)
        return Set(counts.filter { $0.value == 1 }.keys)
    }
}

import ErlangRuntime

/// update_counter/3,4 and update_element/3: changing elements of an object in place.
extension EtsBIFs {
    static let updates: [String: BIFFunction] = [
        "update_counter/3": { a, p throws(ErlangError) in
            try updateCounter(a[0], a[1], a[2], nil, p)
        },
        "update_counter/4": { a, p throws(ErlangError) in
            try updateCounter(a[0], a[1], a[2], a[3], p)
        },
        "update_element/3": { a, p throws(ErlangError) in
            let t = try table(a[0], p, write: true)
            guard !t.isBag else { throw .badarg }
            var changes: [(Int, Term)] = []
            let specs: [Term]
            if case .tuple = a[2] { specs = [a[2]] } else { specs = try listArg(a[2]) }
            for s in specs {
                guard case .tuple(let tup) = s, tup.count == 2, case .int(let pos) = tup.elements[0],
                      pos >= 1, pos != t.keypos else { throw .badarg }
                changes.append((pos, tup.elements[1]))
            }
            return try locked(t) { () throws(ErlangError) -> Term in
                guard let obj = t.lookup(a[1]).first, case .tuple(let tup) = obj else { return .false }
                var elements = tup.array
                for (pos, v) in changes {
                    guard pos <= elements.count else { throw .badarg }
                    elements[pos - 1] = v
                }
                t.replace(key: a[1], with: .tuple(Tuple.make(elements)))
                return .true
            }
        },
    ]

    private struct CounterOp { let pos: Int; let incr: Term; let threshold: Term?; let setValue: Term? }

    private static func isInteger(_ t: Term) -> Bool {
        switch t { case .int, .big: return true; default: return false }
    }

    private static func counterOp(_ t: Term, keypos: Int) throws(ErlangError) -> CounterOp {
        guard case .tuple(let tup) = t, tup.count == 2 || tup.count == 4,
              case .int(let pos) = tup.elements[0], pos >= 1, pos != keypos,
              isInteger(tup.elements[1]) else { throw .badarg }
        if tup.count == 2 { return CounterOp(pos: pos, incr: tup.elements[1], threshold: nil, setValue: nil) }
        guard isInteger(tup.elements[2]), isInteger(tup.elements[3]) else { throw .badarg }
        return CounterOp(pos: pos, incr: tup.elements[1], threshold: tup.elements[2], setValue: tup.elements[3])
    }

    private static func updateCounter(_ tid: Term, _ key: Term, _ opTerm: Term, _ dflt: Term?,
                                      _ p: ErlProcess) throws(ErlangError) -> Term {
        let t = try table(tid, p, write: true)
        guard !t.isBag else { throw .badarg }
        var ops: [CounterOp] = []
        let asList: Bool
        switch opTerm {
        case .int, .big:
            ops = [CounterOp(pos: t.keypos + 1, incr: opTerm, threshold: nil, setValue: nil)]
            asList = false
        case .tuple:
            ops = [try counterOp(opTerm, keypos: t.keypos)]
            asList = false
        default:
            for o in try listArg(opTerm) { ops.append(try counterOp(o, keypos: t.keypos)) }
            asList = true
        }
        if let d = dflt { guard t.key(of: d) != nil else { throw .badarg } }
        return try locked(t) { () throws(ErlangError) -> Term in
            var elements: [Term]
            if let obj = t.lookup(key).first, case .tuple(let tup) = obj {
                elements = tup.array
            } else if case .tuple(let d)? = dflt {
                elements = d.array
                elements[t.keypos - 1] = key
            } else {
                throw .badarg
            }
            var results: [Term] = []
            for op in ops {
                guard op.pos <= elements.count, isInteger(elements[op.pos - 1]) else { throw .badarg }
                var v = try Arith.add(elements[op.pos - 1], op.incr)
                if let th = op.threshold, let sv = op.setValue {
                    let negative = compareTerms(op.incr, .int(0)) < 0
                    if negative ? compareTerms(v, th) < 0 : compareTerms(v, th) > 0 { v = sv }
                }
                elements[op.pos - 1] = v
                results.append(v)
            }
            let obj = Term.tuple(Tuple.make(elements))
            if t.contains(key) { t.replace(key: key, with: obj) } else { t.insert(obj) }
            return asList ? .list(results) : results[0]
        }
    }
}

import ErlangRuntime
import Foundation

/// Functions that build new lists or fold a list to one value.
extension ListsBIFs {
    static let building: [String: BIFFunction] = [
        "seq/2": { a, p throws(ErlangError) in
            guard case .int(let first) = a[0], case .int(let last) = a[1] else {
                return try bigSeq(a[0], a[1], .int(1), outOfRange: .functionClause, p)
            }
            guard first <= last &+ 1, last != .min else { throw .functionClause }
            if last < first { return .nil }
            // More elements than memory could ever hold.
            let (span, overflow) = last.subtractingReportingOverflow(first)
            guard !overflow else { throw .systemLimit }
            p.chargeWork(span)
            var acc = Term.nil
            for i in stride(from: last, through: first, by: -1) { acc = .cons(Cons(.int(i), acc)) }
            return acc
        },
        "seq/3": { a, p throws(ErlangError) in
            try bigSeq(a[0], a[1], a[2], outOfRange: .badarg, p)
        },
        "duplicate/2": { a, p throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 0 else { throw .functionClause }
            p.chargeWork(n)
            var acc = Term.nil
            for _ in 0..<n { acc = .cons(Cons(a[1], acc)) }
            return acc
        },
        "flatten/1": { a, p throws(ErlangError) in
            guard a[0].isList else { throw .functionClause }
            let flat = try flattened(a[0])
            p.chargeWork(flat.count)
            return Term.list(flat)
        },
        "flatten/2": { a, p throws(ErlangError) in
            guard a[0].isList, a[1].isList else { throw .functionClause }
            let flat = try flattened(a[0])
            p.chargeWork(flat.count)
            return Term.list(flat, tail: a[1])
        },
        "flatlength/1": { a, p throws(ErlangError) in
            guard a[0].isList else { throw .functionClause }
            let flat = try flattened(a[0])
            p.chargeWork(flat.count)
            return .int(flat.count)
        },
        "zip/2": { a, _ throws(ErlangError) in
            let x = try properList(a[0]), y = try properList(a[1])
            guard x.count == y.count else { throw .functionClause }
            return Term.list(x.indices.map { Term.tuple(x[$0], y[$0]) })
        },
        "zip3/3": { a, _ throws(ErlangError) in
            let x = try properList(a[0]), y = try properList(a[1]), z = try properList(a[2])
            guard x.count == y.count, y.count == z.count else { throw .functionClause }
            return Term.list(x.indices.map { Term.tuple(x[$0], y[$0], z[$0]) })
        },
        "unzip/1": { a, _ throws(ErlangError) in
            let columns = try unzipped(a[0], width: 2)
            return .tuple(Term.list(columns[0]), Term.list(columns[1]))
        },
        "unzip3/1": { a, _ throws(ErlangError) in
            let columns = try unzipped(a[0], width: 3)
            return .tuple(Term.list(columns[0]), Term.list(columns[1]), Term.list(columns[2]))
        },
        "join/2": { a, _ throws(ErlangError) in
            let elements = try properList(a[1])
            var out: [Term] = []
            out.reserveCapacity(elements.count * 2)
            for (i, e) in elements.enumerated() {
                if i > 0 { out.append(a[0]) }
                out.append(e)
            }
            return Term.list(out)
        },
        "enumerate/1": { a, _ throws(ErlangError) in try enumerated(.int(1), a[0]) },
        "enumerate/2": { a, _ throws(ErlangError) in try enumerated(a[0], a[1]) },
        "sum/1": { a, p throws(ErlangError) in
            var total = Term.int(0), t = a[0], n = 0
            defer { p.chargeWork(n) }
            while case .cons(let c) = t {
                total = try Arith.add(total, c.head)
                t = c.tail; n += 1
            }
            guard case .nil = t else { throw .functionClause }
            return total
        },
        "max/1": { a, _ throws(ErlangError) in
            let elements = try properList(a[0])
            guard var best = elements.first else { throw .functionClause }
            for e in elements.dropFirst() where compareTerms(e, best) > 0 { best = e }
            return best
        },
        "min/1": { a, _ throws(ErlangError) in
            let elements = try properList(a[0])
            guard var best = elements.first else { throw .functionClause }
            for e in elements.dropFirst() where compareTerms(e, best) < 0 { best = e }
            return best
        },
        "concat/1": { a, _ throws(ErlangError) in
            var out: [Term] = []
            for thing in try properList(a[0]) {
                switch thing {
                case .atom(let atom): out += atom.name.unicodeScalars.map { Term.int(Int($0.value)) }
                case .int, .big: out += Term.string(integerText(thing)).listElements ?? []
                case .float(let f): out += Term.string(String(format: "%.20e", f)).listElements ?? []
                case .nil, .cons: out += try properList(thing, .badarg)
                default: throw .functionClause
                }
            }
            return Term.list(out)
        },
    ]

    /// seq/3's rules (also seq/2 with bignums): an increment that can never reach `last`
    /// is `outOfRange`; a zero increment is allowed only when first == last.
    static func bigSeq(_ firstT: Term, _ lastT: Term, _ incT: Term, outOfRange: ErlangError,
                       _ p: ErlProcess) throws(ErlangError) -> Term {
        guard let first = Arith.bigValue(firstT), let last = Arith.bigValue(lastT),
              let inc = Arith.bigValue(incT) else { throw outOfRange }
        if inc.isZero {
            guard first == last else { throw outOfRange }
            return Term.list([firstT])
        }
        let reachable = inc.sign == .plus ? first - inc <= last : first - inc >= last
        guard reachable else { throw outOfRange }
        let count = (last - first + inc) / inc
        guard let n = Int(exactly: count) else { throw .systemLimit }
        p.chargeWork(n)
        var out: [Term] = []
        out.reserveCapacity(n)
        var value = first
        for _ in 0..<n { out.append(Term.integer(value)); value += inc }
        return Term.list(out)
    }

    /// The leaves of a deep list, in order. Every list inside must be proper.
    static func flattened(_ list: Term) throws(ErlangError) -> [Term] {
        var out: [Term] = []
        var pending: [Term] = [list]   // tails still to walk, innermost last
        while var t = pending.popLast() {
            while case .cons(let c) = t {
                if c.head.isList {
                    pending.append(c.tail)
                    t = c.head
                } else {
                    out.append(c.head)
                    t = c.tail
                }
            }
            guard case .nil = t else { throw .functionClause }
        }
        return out
    }

    static func unzipped(_ list: Term, width: Int) throws(ErlangError) -> [[Term]] {
        var columns = [[Term]](repeating: [], count: width)
        for e in try properList(list) {
            guard case .tuple(let t) = e, t.count == width else { throw .functionClause }
            for i in 0..<width { columns[i].append(t.elements[i]) }
        }
        return columns
    }

    static func enumerated(_ start: Term, _ list: Term) throws(ErlangError) -> Term {
        guard case .int(let first) = start else { throw .functionClause }
        let elements = try properList(list)
        var out: [Term] = []
        out.reserveCapacity(elements.count)
        var index = Term.int(first)
        for e in elements {
            out.append(.tuple(index, e))
            index = try Arith.add(index, .int(1))
        }
        return Term.list(out)
    }
}

/// An integer term in decimal.
func integerText(_ t: Term) -> String {
    switch t {
    case .int(let i): return String(i)
    case .big(let b): return b.value.description
    default: return ""
    }
}

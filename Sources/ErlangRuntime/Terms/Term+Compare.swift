import BigInt

// Erlang's term order: number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.

extension Term {
    /// Rank of the term's type in the global term order.
    @inline(__always) var typeRank: Int {
        switch self {
        case .int, .big, .float: return 0
        case .atom: return 1
        case .ref: return 2
        case .fun: return 3
        case .pid: return 5
        case .tuple: return 6
        case .map: return 7
        case .nil: return 8
        case .cons: return 9
        case .binary: return 10
        }
    }
}

/// Arithmetic comparison as `<`, `==`, `>` do it: -1, 0 or 1. `1 == 1.0` compares equal.
public func compareTerms(_ a: Term, _ b: Term) -> Int {
    compare(a, b, exact: false)
}

/// Exact comparison as `=:=` and map keys see it: `1` and `1.0` differ (int orders first).
public func compareTermsExact(_ a: Term, _ b: Term) -> Int {
    compare(a, b, exact: true)
}

@inline(__always) private func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

private func compareNumbers(_ a: Term, _ b: Term, exact: Bool) -> Int {
    switch (a, b) {
    case (.int(let x), .int(let y)): return sign(x, y)
    case (.float(let x), .float(let y)): return sign(x, y)
    case (.big(let x), .big(let y)): return sign(x.value, y.value)
    case (.int(let x), .big(let y)): return sign(BigInt(x), y.value)
    case (.big(let x), .int(let y)): return sign(x.value, BigInt(y))
    case (.float(let x), _):
        let c = compareFloatToInteger(x, b)
        return c != 0 ? c : (exact ? 1 : 0)
    case (_, .float(let y)):
        let c = -compareFloatToInteger(y, a)
        return c != 0 ? c : (exact ? -1 : 0)
    default: return 0
    }
}

/// Compares a float with an integer term by exact value.
private func compareFloatToInteger(_ f: Double, _ i: Term) -> Int {
    switch i {
    case .int(let n):
        if Double(n) != f || abs(f) >= 9.0e15 {
            if f.rounded(.down) == f, abs(f) < 9.2e18 { return sign(Int(f), n) }
            return sign(f, Double(n))
        }
        return 0
    case .big(let b):
        if f.rounded(.down) == f { return sign(BigInt(f), b.value) }
        return sign(f, Double(b.value))
    default: return 0
    }
}

private func compare(_ a: Term, _ b: Term, exact: Bool) -> Int {
    var a = a, b = b
    while true {
        let ra = a.typeRank, rb = b.typeRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.atom(let x), .atom(let y)):
            if x == y { return 0 }
            return x < y ? -1 : 1
        case (.nil, .nil): return 0
        case (.cons(let x), .cons(let y)):
            if x === y { return 0 }
            let c = compare(x.head, y.head, exact: exact)
            if c != 0 { return c }
            a = x.tail; b = y.tail
            continue
        case (.tuple(let x), .tuple(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            for i in 0..<x.count {
                let c = compare(x.elements[i], y.elements[i], exact: exact)
                if c != 0 { return c }
            }
            return 0
        case (.binary(let x), .binary(let y)):
            let n = min(x.bytes.count, y.bytes.count)
            for i in 0..<n where x.bytes[i] != y.bytes[i] { return x.bytes[i] < y.bytes[i] ? -1 : 1 }
            return sign(x.bitCount, y.bitCount)
        case (.map(let x), .map(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            let px = x.sortedPairs, py = y.sortedPairs
            for i in 0..<px.count {
                let c = compareTermsExact(px[i].key, py[i].key)
                if c != 0 { return c }
            }
            for i in 0..<px.count {
                let c = compare(px[i].value, py[i].value, exact: exact)
                if c != 0 { return c }
            }
            return 0
        case (.pid(let x), .pid(let y)): return sign(x.id, y.id)
        case (.ref(let x), .ref(let y)): return sign(x.id, y.id)
        case (.fun(let x), .fun(let y)): return x === y ? 0 : x.compare(to: y)
        default:
            return compareNumbers(a, b, exact: exact)
        }
    }
}

extension Term: Hashable {
    /// Exact equality (`=:=`).
    public static func == (a: Term, b: Term) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.atom(let x), .atom(let y)): return x == y
        case (.nil, .nil): return true
        default: return compareTermsExact(a, b) == 0
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .int(let i): h.combine(0); h.combine(i)
        case .big(let b): h.combine(1); h.combine(b.value)
        case .float(let f): h.combine(2); h.combine(f == 0 ? 0.0 : f)
        case .atom(let a): h.combine(3); h.combine(a.id)
        case .nil: h.combine(4)
        case .cons:
            h.combine(5)
            var t = self
            var n = 0
            while case .cons(let c) = t, n < 32 { c.head.hash(into: &h); t = c.tail; n += 1 }
        case .tuple(let t): h.combine(6); h.combine(t.count); for e in t.elements.prefix(16) { e.hash(into: &h) }
        case .binary(let b): h.combine(7); h.combine(b.bitCount); h.combine(b.bytes.prefix(64).count); for x in b.bytes.prefix(64) { h.combine(x) }
        case .map(let m): h.combine(8); h.combine(m.count)
        case .fun(let f): h.combine(9); h.combine(f.hashKey)
        case .pid(let p): h.combine(10); h.combine(p.id)
        case .ref(let r): h.combine(11); h.combine(r.id)
        }
    }
}

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

/// Compares without native recursion: nested elements go on an explicit work stack,
/// processed depth-first, so the first difference in term order decides.
private func compare(_ a0: Term, _ b0: Term, exact exact0: Bool) -> Int {
    var stack: [(Term, Term, Bool)] = []
    var a = a0, b = b0, exact = exact0
    while true {
        let c = compareShallow(a, b, exact: exact, push: &stack)
        if c != 0 { return c }
        guard let next = stack.popLast() else { return 0 }
        (a, b, exact) = next
    }
}

/// Compares the outer layer of `a` and `b`; pushes pairs of children still to compare
/// (in reverse, so that they pop in order). Returns 0 when undecided at this level.
private func compareShallow(_ a: Term, _ b: Term, exact: Bool, push stack: inout [(Term, Term, Bool)]) -> Int {
    let ra = a.typeRank, rb = b.typeRank
    if ra != rb { return ra < rb ? -1 : 1 }
    switch (a, b) {
    case (.atom(let x), .atom(let y)):
        if x == y { return 0 }
        return x < y ? -1 : 1
    case (.nil, .nil): return 0
    case (.cons(let x), .cons(let y)):
        if x === y { return 0 }
        stack.append((x.tail, y.tail, exact))
        stack.append((x.head, y.head, exact))
        return 0
    case (.tuple(let x), .tuple(let y)):
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        if x === y { return 0 }
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            stack.append((x[i], y[i], exact))
        }
        return 0
    case (.binary(let x), .binary(let y)):
        let n = min(x.byteCount, y.byteCount)
        for i in 0..<n {
            let bx = x.byte(i), by = y.byte(i)
            if bx != by { return bx < by ? -1 : 1 }
        }
        return sign(x.bitCount, y.bitCount)
    case (.map(let x), .map(let y)):
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        if x === y { return 0 }
        let px = x.sortedPairs, py = y.sortedPairs
        // Keys (exactly) first, then values.
        for i in stride(from: px.count - 1, through: 0, by: -1) { stack.append((px[i].value, py[i].value, exact)) }
        for i in stride(from: px.count - 1, through: 0, by: -1) { stack.append((px[i].key, py[i].key, true)) }
        return 0
    case (.pid(let x), .pid(let y)): return sign(x.id, y.id)
    case (.ref(let x), .ref(let y)): return sign(x.id, y.id)
    case (.fun(let x), .fun(let y)): return x === y ? 0 : x.compare(to: y)
    default:
        return compareNumbers(a, b, exact: exact)
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

    public func hash(into h: inout Hasher) { hash(into: &h, depth: 0) }

    /// Hashes at most a few levels deep: enough to spread keys, and no deep recursion.
    private func hash(into h: inout Hasher, depth: Int) {
        if depth > 4 { h.combine(typeRank); return }
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
            while case .cons(let c) = t, n < 32 { c.head.hash(into: &h, depth: depth + 1); t = c.tail; n += 1 }
        case .tuple(let t): h.combine(6); h.combine(t.count); for e in t.elements.prefix(16) { e.hash(into: &h, depth: depth + 1) }
        case .binary(let b): h.combine(7); h.combine(b.bitCount); h.combine(b.bytes.prefix(64).count); for x in b.bytes.prefix(64) { h.combine(x) }
        case .map(let m): h.combine(8); h.combine(m.count)
        case .fun(let f): h.combine(9); h.combine(f.hashKey)
        case .pid(let p): h.combine(10); h.combine(p.id)
        case .ref(let r): h.combine(11); h.combine(r.id)
        }
    }
}

import ErlangRuntime

extension ErlMap {
    /// Entries in the order OTP prints them: by key in the emulator's map key order.
    ///
    /// Known deviation: OTP 25 prints maps of more than 32 keys in its internal hash
    /// order; swerl always uses key order.
    var entriesInKeyOrder: [(key: Term, value: Term)] {
        dict.map { ($0.key, $0.value) }.sorted { MapKeyOrder.compare($0.key, $1.key) < 0 }
    }
}

/// The emulator's map key order: term order, except that every integer sorts before every
/// float (`#{2 => a, 1.0 => b}` prints the 2 first), at any nesting depth.
enum MapKeyOrder {
    static func compare(_ a: Term, _ b: Term) -> Int {
        switch (a, b) {
        case (.int, .float), (.big, .float): return -1
        case (.float, .int), (.float, .big): return 1
        case (.tuple(let x), .tuple(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            for (p, q) in zip(x.elements, y.elements) {
                let c = compare(p, q)
                if c != 0 { return c }
            }
            return 0
        case (.cons, .cons):
            return compareLists(a, b)
        case (.map(let x), .map(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            let px = x.entriesInKeyOrder, py = y.entriesInKeyOrder
            for (p, q) in zip(px, py) {
                let c = compare(p.key, q.key)
                if c != 0 { return c }
            }
            for (p, q) in zip(px, py) {
                let c = compare(p.value, q.value)
                if c != 0 { return c }
            }
            return 0
        default:
            return compareTermsExact(a, b)
        }
    }

    private static func compareLists(_ a: Term, _ b: Term) -> Int {
        var a = a, b = b
        while case .cons(let x) = a, case .cons(let y) = b {
            let c = compare(x.head, y.head)
            if c != 0 { return c }
            a = x.tail; b = y.tail
        }
        return compare(a, b)
    }
}

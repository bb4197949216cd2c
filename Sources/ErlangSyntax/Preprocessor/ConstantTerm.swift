/// A constant Erlang term known at preprocessing time: the argument of
/// `-error(Term).` and `-warning(Term).`, and the values an `-if(Cond).`
/// condition computes with. (The runtime's `Term` lives in a higher layer.)
indirect enum ConstantTerm: Equatable, Sendable {
    case integer(Int)
    /// An integer too large for `Int`, as its decimal digits (with a leading `-` if negative).
    case bigInteger(String)
    case float(Double)
    case atom(String)
    /// A list of `elements` ending in `tail`: nil for a proper list, else the
    /// improper tail of `[a, b | T]` (never itself a list).
    case list([ConstantTerm], tail: ConstantTerm?)
    case tuple([ConstantTerm])
    case binary([UInt8])
    case map([(key: ConstantTerm, value: ConstantTerm)])

    static let emptyList = ConstantTerm.list([], tail: nil)
    static let `true` = ConstantTerm.atom("true")
    static let `false` = ConstantTerm.atom("false")

    static func boolean(_ b: Bool) -> ConstantTerm { b ? .true : .false }

    static func string(_ codePoints: [Int]) -> ConstantTerm {
        .list(codePoints.map { .integer($0) }, tail: nil)
    }

    static func == (a: ConstantTerm, b: ConstantTerm) -> Bool { compare(a, b, exact: true) == 0 }
}

// MARK: - Term order

extension ConstantTerm {
    /// Rank of each type in Erlang's term order: number < atom < tuple < map < list < binary
    /// (the empty list sorts with lists, as the first of them).
    private var typeRank: Int {
        switch self {
        case .integer, .bigInteger, .float: return 0
        case .atom: return 1
        case .tuple: return 4
        case .map: return 5
        case .list: return 6
        case .binary: return 7
        }
    }

    /// Erlang's term order: -1, 0 or 1. With `exact`, `1` and `1.0` differ (=:=);
    /// without, they are equal (==).
    static func compare(_ a: ConstantTerm, _ b: ConstantTerm, exact: Bool) -> Int {
        if a.typeRank != b.typeRank { return a.typeRank < b.typeRank ? -1 : 1 }
        switch (a, b) {
        case (.atom(let x), .atom(let y)): return x == y ? 0 : (x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
        case (.tuple(let x), .tuple(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            return compareElements(x, y, exact: exact)
        case (.binary(let x), .binary(let y)): return x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)
        case (.list, .list): return compareLists(a, b, exact: exact)
        case (.map(let x), .map(let y)):
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            let c = compareElements(sortedKeys(x), sortedKeys(y), exact: true)
            return c != 0 ? c : compareElements(sortedValues(x), sortedValues(y), exact: exact)
        default: return compareNumbers(a, b, exact: exact)
        }
    }

    private static func compareElements(_ x: [ConstantTerm], _ y: [ConstantTerm], exact: Bool) -> Int {
        for (p, q) in zip(x, y) {
            let c = compare(p, q, exact: exact)
            if c != 0 { return c }
        }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    /// Lists compare element by element; a list that runs out first is smaller.
    private static func compareLists(_ a: ConstantTerm, _ b: ConstantTerm, exact: Bool) -> Int {
        var x = a, y = b
        while true {
            switch (x.splitHead(), y.splitHead()) {
            case (nil, nil): return x.isEmptyList && y.isEmptyList ? 0 : compare(x, y, exact: exact)
            case (nil, _?): return x.isEmptyList ? -1 : compare(x, y, exact: exact)
            case (_?, nil): return y.isEmptyList ? 1 : compare(x, y, exact: exact)
            case let ((hx, tx)?, (hy, ty)?):
                let c = compare(hx, hy, exact: exact)
                if c != 0 { return c }
                x = tx; y = ty
            }
        }
    }

    /// The head and tail of a non-empty list; nil for `[]` and for non-lists.
    func splitHead() -> (head: ConstantTerm, tail: ConstantTerm)? {
        guard case .list(let elements, let tail) = self, let first = elements.first else { return nil }
        if elements.count == 1, let tail { return (first, tail) }
        return (first, .list(Array(elements.dropFirst()), tail: tail))
    }

    var isEmptyList: Bool {
        if case .list(let elements, nil) = self { return elements.isEmpty }
        return false
    }

    private static func compareNumbers(_ a: ConstantTerm, _ b: ConstantTerm, exact: Bool) -> Int {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.float(let x), .float(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        default:
            let x = a.numericValue, y = b.numericValue
            if x != y { return x < y ? -1 : 1 }
            // Numerically equal: =:= still tells an integer from a float (integers first).
            guard exact else { return 0 }
            if case .float = a, case .float = b { return 0 }
            if case .float = a { return 1 }
            if case .float = b { return -1 }
            return 0
        }
    }

    /// An approximation good enough to order numbers of different kinds.
    var numericValue: Double {
        switch self {
        case .integer(let i): return Double(i)
        case .bigInteger(let digits): return Double(digits) ?? (digits.hasPrefix("-") ? -.infinity : .infinity)
        case .float(let f): return f
        default: return .nan
        }
    }

    static func sortedPairs(_ pairs: [(key: ConstantTerm, value: ConstantTerm)]) -> [(key: ConstantTerm, value: ConstantTerm)] {
        pairs.sorted { compare($0.key, $1.key, exact: true) < 0 }
    }
    private static func sortedKeys(_ pairs: [(key: ConstantTerm, value: ConstantTerm)]) -> [ConstantTerm] {
        sortedPairs(pairs).map(\.key)
    }
    private static func sortedValues(_ pairs: [(key: ConstantTerm, value: ConstantTerm)]) -> [ConstantTerm] {
        sortedPairs(pairs).map(\.value)
    }
}

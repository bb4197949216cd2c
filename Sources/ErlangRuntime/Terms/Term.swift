import BigInt
import HashTreeCollections

/// An Erlang term. Immutable: compound terms are shared, never copied, which makes
/// sending a message between processes safe without copying.
///
/// Invariant: `.big` always holds a value outside `Int`'s range (use `Term.integer(_:)`
/// to normalise), so `.int` vs `.big` never needs comparing across cases for equal values.
public enum Term: @unchecked Sendable {
    case int(Int)
    case big(BigBox)
    case float(Double)
    case atom(Atom)
    case `nil`
    case cons(Cons)
    case tuple(Tuple)
    case binary(Bits)
    case map(ErlMap)
    case fun(ErlFun)
    case pid(Pid)
    case ref(Ref)
}

/// A bignum, boxed so that `Term` stays two words.
public final class BigBox: @unchecked Sendable {
    public let value: BigInt
    public init(_ value: BigInt) { self.value = value }
}

/// A list cell. Freed iteratively so that dropping a 10-million-element list cannot
/// overflow the native stack.
public final class Cons: @unchecked Sendable {
    /// Mutated only by `deinit` (see `Reclaimer`).
    public private(set) var head: Term
    /// Mutated only by `deinit` (to unlink the chain); a live cell never changes.
    public private(set) var tail: Term
    public init(_ head: Term, _ tail: Term) { self.head = head; self.tail = tail }

    deinit {
        if head.isNestingCompound { Reclaimer.release(&head) }
        guard case .cons(var next) = tail else { return }
        tail = .nil
        // Walk down while we hold the last reference: detach each cell's tail before
        // releasing it, so that no release recurses.
        while isKnownUniquelyReferenced(&next) {
            guard case .cons(let after) = next.tail else { return }
            next.tail = .nil
            next = after
        }
    }
}

/// A binary or bitstring of `bitCount` bits. Sub-binaries (from matching) share the
/// parent's `storage` and start at `bitOffset`, so matching `<<X, Rest/binary>>` in a
/// loop does not copy the rest each time.
public final class Bits: @unchecked Sendable {
    public let storage: [UInt8]
    public let bitOffset: Int
    public let bitCount: Int

    public init(bytes: [UInt8], bitCount: Int) {
        self.storage = bytes; self.bitOffset = 0; self.bitCount = bitCount
    }
    public convenience init(_ bytes: [UInt8]) { self.init(bytes: bytes, bitCount: bytes.count * 8) }
    public init(storage: [UInt8], bitOffset: Int, bitCount: Int) {
        self.storage = storage; self.bitOffset = bitOffset; self.bitCount = bitCount
    }

    public var isBinary: Bool { bitCount % 8 == 0 }
    public var byteCount: Int { (bitCount + 7) / 8 }

    /// The bits as bytes, first bit most significant; a trailing partial byte has its
    /// unused low bits zero.
    public var bytes: [UInt8] {
        let n = byteCount
        if bitOffset == 0 && storage.count == n && bitCount % 8 == 0 { return storage }
        var out = [UInt8](repeating: 0, count: n)
        if bitOffset % 8 == 0 {
            let start = bitOffset / 8
            for i in 0..<n { out[i] = storage[start + i] }
        } else {
            for i in 0..<n { out[i] = byteAt(bit: bitOffset + i * 8) }
        }
        if bitCount % 8 != 0 { out[n - 1] &= UInt8(truncatingIfNeeded: 0xFF << (8 - bitCount % 8)) }
        return out
    }

    /// The 8 bits starting at absolute bit position `bit` of `storage` (zero past the end).
    @inline(__always) func byteAt(bit: Int) -> UInt8 {
        let i = bit >> 3, s = bit & 7
        let hi = i < storage.count ? storage[i] : 0
        if s == 0 { return hi }
        let lo = i + 1 < storage.count ? storage[i + 1] : 0
        return (hi << UInt8(s)) | (lo >> UInt8(8 - s))
    }

    /// Byte `i` of this bitstring (relative to its start).
    @inline(__always) public func byte(_ i: Int) -> UInt8 {
        let b = bitOffset + i * 8
        return bitOffset & 7 == 0 ? storage[b >> 3] : byteAt(bit: b)
    }
}

/// A map: a persistent hash map (structural sharing makes `M#{K => V}` O(log n)).
/// Keys are matched exactly (`=:=`), so `1` and `1.0` are different keys.
public final class ErlMap: @unchecked Sendable {
    public let dict: TreeDictionary<Term, Term>
    public init(_ dict: TreeDictionary<Term, Term>) { self.dict = dict }
    public var count: Int { dict.count }

    /// Entries in exact term order of keys (`1` before `1.0`): how OTP orders map keys
    /// when printing, iterating and comparing maps (of up to 32 keys).
    public var sortedPairs: [(key: Term, value: Term)] {
        dict.map { ($0.key, $0.value) }.sorted { compareTermsExact($0.key, $1.key) < 0 }
    }
}

/// A process identifier `<0.N.0>`.
public struct Pid: Hashable, Sendable {
    public let id: Int
    public init(_ id: Int) { self.id = id }
}

/// A reference `#Ref<0.A.B.C>`; unique for the life of the VM.
public struct Ref: Hashable, Sendable {
    public let id: Int
    public init(_ id: Int) { self.id = id }
}

public extension Term {
    static let `true` = Term.atom(.true)
    static let `false` = Term.atom(.false)
    static let ok = Term.atom(.ok)
    static let undefined = Term.atom(.undefined)

    /// Normalises a bignum to `.int` when it fits.
    static func integer(_ v: BigInt) -> Term {
        if let i = Int(exactly: v) { return .int(i) }
        return .big(BigBox(v))
    }
    static func bool(_ b: Bool) -> Term { .atom(b ? .true : .false) }
    static func tuple(_ elements: Term...) -> Term { .tuple(Tuple.make(elements)) }
    static func atom(_ name: String) -> Term { .atom(Atom(name)) }

    /// A proper list of `elements`.
    static func list<C: BidirectionalCollection>(_ elements: C, tail: Term = .nil) -> Term where C.Element == Term {
        var acc = tail
        for e in elements.reversed() { acc = .cons(Cons(e, acc)) }
        return acc
    }
    /// A list of character codes (an Erlang string).
    static func string(_ s: String) -> Term { list(s.unicodeScalars.map { Term.int(Int($0.value)) }) }
    static func binary(_ bytes: [UInt8]) -> Term { .binary(Bits(bytes)) }
    static func binary(_ s: String) -> Term { .binary(Bits(Array(s.utf8))) }

    /// Not a compound term (compares in constant time).
    var isAtomic: Bool {
        switch self {
        case .int, .float, .atom, .nil, .pid, .ref: return true
        default: return false
        }
    }

    var isNumber: Bool {
        switch self { case .int, .big, .float: return true; default: return false }
    }
    var asAtom: Atom? { if case .atom(let a) = self { return a }; return nil }
    var asInt: Int? { if case .int(let i) = self { return i }; return nil }

    /// The elements of a proper list, or nil for an improper list or non-list.
    var listElements: [Term]? {
        var out: [Term] = []
        var t = self
        while true {
            switch t {
            case .nil: return out
            case .cons(let c): out.append(c.head); t = c.tail
            default: return nil
            }
        }
    }
}

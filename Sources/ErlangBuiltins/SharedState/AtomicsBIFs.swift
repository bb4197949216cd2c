import Foundation
import BigInt
import ErlangRuntime

/// A fixed-size array of 64-bit integers shared by all processes. Each operation holds
/// the array's lock, so concurrent updates from scheduler threads are atomic.
final class AtomicArray: @unchecked Sendable {
    let signed: Bool
    private let lock = NSLock()
    private var cells: [UInt64]

    init(size: Int, signed: Bool) { self.cells = Array(repeating: 0, count: size); self.signed = signed }

    var size: Int { cells.count }

    /// Replaces cell `i` (0-based) by `change(old)`; returns the old and new values.
    func update(_ i: Int, _ change: (UInt64) -> UInt64) -> (old: UInt64, new: UInt64) {
        lock.lock(); defer { lock.unlock() }
        let old = cells[i]
        cells[i] = change(old)
        return (old, cells[i])
    }

    func read(_ i: Int) -> UInt64 {
        lock.lock(); defer { lock.unlock() }
        return cells[i]
    }

    func term(_ v: UInt64) -> Term {
        if signed { return .int(Int(Int64(bitPattern: v))) }
        return v <= UInt64(Int.max) ? .int(Int(v)) : .integer(BigInt(v))
    }

    /// A value to store: within the array's range (badarg otherwise).
    func value(_ t: Term) throws(ErlangError) -> UInt64 {
        switch t {
        case .int(let i):
            guard signed || i >= 0 else { throw .badarg }
            return UInt64(bitPattern: Int64(i))
        case .big(let b) where !signed:
            guard let u = UInt64(exactly: b.value) else { throw .badarg }
            return u
        default: throw .badarg
        }
    }

    /// An increment: any 64-bit integer, signed or (for unsigned arrays) unsigned; it wraps.
    func increment(_ t: Term) throws(ErlangError) -> UInt64 {
        if case .int(let i) = t { return UInt64(bitPattern: Int64(i)) }
        return try value(t)
    }

    /// The 0-based index of a 1-based index argument.
    func index(_ t: Term) throws(ErlangError) -> Int {
        guard case .int(let i) = t, i >= 1, i <= cells.count else { throw .badarg }
        return i - 1
    }

    /// info/1's map; memory as OTP reports it for an atomics array.
    var info: Term {
        let (minV, maxV): (Term, Term) = signed ? (.int(Int.min), .int(Int.max)) : (.int(0), .integer(BigInt(UInt64.max)))
        return .map(ErlMap([.atom("size"): .int(size), .atom("max"): maxV, .atom("min"): minV,
                            .atom("memory"): .int(40 + 8 * size)]))
    }
}

/// The arrays of one VM, by the id of the reference that names them. Arrays are never
/// freed (swerl has no hook for a reference becoming garbage).
final class AtomicArrays: @unchecked Sendable {
    private let lock = NSLock()
    private var arrays: [Int: AtomicArray] = [:]
    private static let perVM = PerVM<AtomicArrays> { AtomicArrays() }

    static func of(_ p: ErlProcess) -> AtomicArrays { perVM.of(p.vm) }

    func make(_ p: ErlProcess, size: Int, signed: Bool) -> Ref {
        let ref = p.vm.makeRef()
        lock.lock(); defer { lock.unlock() }
        arrays[ref.id] = AtomicArray(size: size, signed: signed)
        return ref
    }

    func array(_ t: Term) throws(ErlangError) -> AtomicArray {
        guard case .ref(let r) = t else { throw .badarg }
        lock.lock(); defer { lock.unlock() }
        guard let a = arrays[r.id] else { throw .badarg }
        return a
    }
}

/// The `atomics` module.
enum AtomicsBIFs {
    private static func array(_ p: ErlProcess, _ t: Term) throws(ErlangError) -> AtomicArray {
        try AtomicArrays.of(p).array(t)
    }

    /// Arrays larger than this are refused (OTP refuses what it cannot allocate).
    static let maxSize = 1 << 28

    static let table = BIFTable(module: "atomics", [
        "new/2": { a, p throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 1, n <= maxSize else { throw .badarg }
            var signed = true
            for o in try listArg(a[1]) {
                guard case .tuple(let t) = o, t.count == 2, case .atom(let k) = t.elements[0], k.name == "signed",
                      case .atom(let v) = t.elements[1], v == .true || v == .false else { throw .badarg }
                signed = v == .true
            }
            return .ref(AtomicArrays.of(p).make(p, size: n, signed: signed))
        },
        "put/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let v = try arr.value(a[2])
            _ = arr.update(i) { _ in v }
            return .ok
        },
        "get/2": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); return arr.term(arr.read(try arr.index(a[1])))
        },
        "add/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try arr.increment(a[2])
            _ = arr.update(i) { $0 &+ d }
            return .ok
        },
        "add_get/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try arr.increment(a[2])
            return arr.term(arr.update(i) { $0 &+ d }.new)
        },
        "sub/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try arr.increment(a[2])
            _ = arr.update(i) { $0 &- d }
            return .ok
        },
        "sub_get/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try arr.increment(a[2])
            return arr.term(arr.update(i) { $0 &- d }.new)
        },
        "exchange/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let v = try arr.value(a[2])
            return arr.term(arr.update(i) { _ in v }.old)
        },
        // ok when the cell held Expected and now holds Desired, else the value it holds.
        "compare_exchange/4": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1])
            let expected = try arr.value(a[2]), desired = try arr.value(a[3])
            let old = arr.update(i) { $0 == expected ? desired : $0 }.old
            return old == expected ? .ok : arr.term(old)
        },
        "info/1": { a, p throws(ErlangError) in try array(p, a[0]).info },
    ])
}

/// The `counters` module: signed 64-bit counters that wrap, kept in an atomics array.
/// A counter reference is `{atomics, Ref}` or `{write_concurrency, Ref}` as in OTP.
enum CountersBIFs {
    private static func array(_ p: ErlProcess, _ t: Term) throws(ErlangError) -> AtomicArray {
        guard case .tuple(let t) = t, t.count == 2, case .atom(let kind) = t.elements[0],
              kind.name == "atomics" || kind.name == "write_concurrency" else { throw .badarg }
        return try AtomicArrays.of(p).array(t.elements[1])
    }

    /// A counter increment or value: a signed 64-bit integer.
    private static func amount(_ t: Term) throws(ErlangError) -> UInt64 {
        guard case .int(let i) = t else { throw .badarg }
        return UInt64(bitPattern: Int64(i))
    }

    static let table = BIFTable(module: "counters", [
        "new/2": { a, p throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 1, n <= AtomicsBIFs.maxSize else { throw .badarg }
            var kind = "atomics"
            for o in try listArg(a[1]) {
                guard case .atom(let name) = o, name.name == "atomics" || name.name == "write_concurrency" else { throw .badarg }
                kind = name.name
            }
            return .tuple(.atom(Atom(kind)), .ref(AtomicArrays.of(p).make(p, size: n, signed: true)))
        },
        "get/2": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); return arr.term(arr.read(try arr.index(a[1])))
        },
        "add/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try amount(a[2])
            _ = arr.update(i) { $0 &+ d }
            return .ok
        },
        "sub/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let d = try amount(a[2])
            _ = arr.update(i) { $0 &- d }
            return .ok
        },
        "put/3": { a, p throws(ErlangError) in
            let arr = try array(p, a[0]); let i = try arr.index(a[1]); let v = try amount(a[2])
            _ = arr.update(i) { _ in v }
            return .ok
        },
        "info/1": { a, p throws(ErlangError) in try array(p, a[0]).info },
    ])
}

/// A tuple: its element count and elements in one allocation (the header holds the
/// count, the elements follow it). Building a message tuple is one malloc, not two
/// (object plus array buffer), and reading an element touches the tuple's own memory.
///
/// Immutable once made; create with `Tuple.make`.
public final class Tuple: ManagedBuffer<Int, Term>, @unchecked Sendable {
    /// A tuple holding a copy of `elements`.
    public static func make<C: Collection>(_ elements: C) -> Tuple where C.Element == Term {
        let n = elements.count
        let t = unsafeDowncast(Tuple.create(minimumCapacity: n) { _ in n }, to: Tuple.self)
        t.withUnsafeMutablePointerToElements { e in
            var i = 0
            for x in elements where i < n { (e + i).initialize(to: x); i += 1 }
        }
        return t
    }

    /// A tuple of the `n` terms at `source`, moved out (each source slot is left `[]`):
    /// for registers that die with the construction, so no element is retained and
    /// released again.
    public static func make(moving source: UnsafeMutablePointer<Term>, count n: Int) -> Tuple {
        let t = unsafeDowncast(Tuple.create(minimumCapacity: n) { _ in n }, to: Tuple.self)
        t.withUnsafeMutablePointerToElements { $0.moveInitialize(from: source, count: n) }
        source.initialize(repeating: .nil, count: n)
        return t
    }

    /// A copy of this tuple with element `i` (0-based, in range) replaced by `value`:
    /// setelement/3 and record updates (one allocation, elements copied in bulk).
    public func replacing(_ i: Int, with value: Term) -> Tuple {
        let n = count
        let t = unsafeDowncast(Tuple.create(minimumCapacity: n) { _ in n }, to: Tuple.self)
        withUnsafeMutablePointerToElements { src in
            t.withUnsafeMutablePointerToElements { dst in
                dst.initialize(from: src, count: n)
                dst[i] = value
            }
        }
        return t
    }

    /// The elements as an Array (one bulk copy).
    public var array: [Term] {
        withUnsafeMutablePointerToElements { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }

    @inline(__always) public var count: Int { header }

    /// Element `i` (0-based); `i` must be in range.
    @inline(__always) public subscript(i: Int) -> Term {
        withUnsafeMutablePointerToElements { $0[i] }
    }

    /// The elements as a collection (no copy).
    @inline(__always) public var elements: TupleElements { TupleElements(tuple: self) }

    deinit {
        let n = header
        withUnsafeMutablePointerToElements { e in
            var nested = false
            for i in 0..<n where e[i].isNestingCompound { nested = true; break }
            if !nested { e.deinitialize(count: n); return }
            // Deeply nested terms are freed without deep recursion (see `Reclaimer`).
            Reclaimer.release(e, count: n)
        }
    }
}

/// A tuple's elements, viewed in place.
public struct TupleElements: RandomAccessCollection, @unchecked Sendable {
    public let tuple: Tuple
    public var startIndex: Int { 0 }
    public var endIndex: Int { tuple.count }
    @inline(__always) public subscript(i: Int) -> Term { tuple[i] }
}

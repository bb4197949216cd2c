/// The saved caller frames of a process: a growable stack in a manually managed buffer.
///
/// Why not `[Frame]`: every call pushes and every return pops, and Swift's Array checks
/// uniqueness (copy-on-write) and bounds on each; this is a plain pointer bump. `Frame`
/// holds no strong references, so the buffer's slots need no deinitialisation.
/// Owned by one process: `release()` must be called exactly once, from its deinit.
struct FrameStack: RandomAccessCollection {
    private var base: UnsafeMutablePointer<Frame>?
    private var capacity = 0
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> Frame {
        assert(i >= 0 && i < count, "frame index out of range")
        return base.unsafelyUnwrapped[i]
    }

    @inline(__always) mutating func append(_ f: Frame) {
        if count == capacity { grow() }
        (base.unsafelyUnwrapped + count).initialize(to: f)
        count += 1
    }

    @inline(__always) mutating func popLast() -> Frame? {
        if count == 0 { return nil }
        count -= 1
        return base.unsafelyUnwrapped[count]
    }

    mutating func removeLast(_ n: Int) {
        assert(n >= 0 && n <= count, "removing more frames than there are")
        count -= Swift.min(Swift.max(n, 0), count)
    }

    /// Drops every frame, keeping the buffer unless it is large (a process that
    /// recursed deeply and exited with a trap should not keep megabytes).
    mutating func removeAll() {
        count = 0
        if capacity > 1024 { release() }
    }

    private mutating func grow() {
        let newCap = Swift.max(16, capacity * 2)
        let nb = UnsafeMutablePointer<Frame>.allocate(capacity: newCap)
        if let old = base {
            nb.moveInitialize(from: old, count: count)
            old.deallocate()
        }
        base = nb
        capacity = newCap
    }

    /// Frees the buffer.
    mutating func release() {
        base?.deallocate()
        base = nil
        capacity = 0
        count = 0
    }
}

import Foundation

/// Frees deeply nested terms without deep native recursion.
///
/// Releasing a tuple releases its elements, which may release nested tuples, and so on:
/// a 200,000-deep term would overflow the thread's stack. So nested releases are counted
/// per thread: up to `maxDepth` levels they run as ordinary (recursive) releases; deeper
/// ones park their elements in a per-thread worklist, which the outermost release drains
/// in a loop. Shallow terms (the common case) thus cost no allocation.
enum Reclaimer {
    final class State {
        /// How many compound-term releases are in progress on this thread.
        var depth = 0
        /// Elements parked because the nesting was too deep to release them directly.
        var pending: [Term] = []
        var draining = false
    }

    /// Each level of a nested release takes a few native frames (well under 1 KB), so
    /// this bounds the native stack a release uses.
    static let maxDepth = 128

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { ptr in
            if let p = ptr { Unmanaged<State>.fromOpaque(p).release() }
        }
        return k
    }()

    private static var state: State {
        if let p = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(p).takeUnretainedValue() }
        let s = State()
        pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
        return s
    }

    /// Releases (deinitializes) the `count` terms at `elements`.
    static func release(_ elements: UnsafeMutablePointer<Term>, count: Int) {
        let st = state
        if st.depth >= maxDepth {
            for i in 0..<count { st.pending.append((elements + i).move()) }
            return
        }
        st.depth += 1
        destroy(elements, count: count)
        st.depth -= 1
        if st.depth == 0 { drain(st) }
    }

    /// Releases one term (a list cell's head), leaving `[]` in its place.
    static func release(_ term: inout Term) {
        let st = state
        if st.depth >= maxDepth {
            st.pending.append(term)
            term = .nil
            return
        }
        st.depth += 1
        drop(exchange(&term, with: .nil))
        st.depth -= 1
        if st.depth == 0 { drain(st) }
    }

    // The releases happen inside these calls, which the optimizer cannot move past the
    // depth bookkeeping around them (a plain `term = .nil` may release the old value
    // later, at the end of the function, after the depth was lowered again).
    @inline(never) private static func drop(_ term: consuming Term) { _ = consume term }
    @inline(never) private static func destroy(_ elements: UnsafeMutablePointer<Term>, count: Int) {
        elements.deinitialize(count: count)
    }

    /// Releases the parked terms, at depth 0 (their own nested releases count from 1 and
    /// may park more, which this loop picks up).
    private static func drain(_ st: State) {
        guard !st.draining, !st.pending.isEmpty else { return }
        st.draining = true
        while let parked = st.pending.popLast() { _ = consume parked }
        st.draining = false
    }
}

extension Term {
    /// Whether releasing this term may release other compound terms.
    @inline(__always) var isNestingCompound: Bool {
        switch self {
        case .cons, .tuple, .map, .fun: return true
        default: return false
        }
    }
}

import Foundation

/// Frees deeply nested terms without deep native recursion.
///
/// Releasing a tuple releases its elements, which may release nested tuples, and so on:
/// a 200,000-deep term would overflow the thread's stack. Instead, while one release is
/// in progress on a thread, the elements of every further compound term being freed are
/// parked in a per-thread worklist, and the outermost release drains that list in a loop.
enum Reclaimer {
    final class State {
        var active = false
        var pending: [Term] = []
    }

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

    /// Releases `terms` (emptying the array) iteratively.
    static func reclaim(_ terms: inout [Term]) {
        let st = state
        if st.active {
            st.pending.append(contentsOf: terms)
            terms = []
            return
        }
        st.active = true
        var work = terms
        terms = []
        while true {
            if work.popLast() != nil { continue }
            if st.pending.isEmpty { break }
            swap(&work, &st.pending)
        }
        st.active = false
    }

    /// Releases one term iteratively (a list cell's head).
    static func reclaim(_ term: inout Term) {
        var one = [term]
        term = .nil
        reclaim(&one)
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

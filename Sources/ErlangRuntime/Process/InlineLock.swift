import Synchronization

/// A mutex stored inside its owner (no separate allocation).
///
/// Why not NSLock: an NSLock is a separate object pointing to a separately allocated
/// pthread mutex, so taking a process's lock touched three cold cache lines; sending a
/// message around a ring of 10,000 processes does that on every hop. This wraps the
/// futex-based handle behind the standard library's `Mutex`, which lives in the
/// owning object's own storage. Lock and unlock must happen on the same thread.
struct InlineLock: ~Copyable {
    private let handle = _MutexHandle()

    init() {}

    @inline(__always) borrowing func lock() { unsafe handle.unsafeLock() }
    @inline(__always) borrowing func unlock() { unsafe handle.unsafeUnlock() }
}

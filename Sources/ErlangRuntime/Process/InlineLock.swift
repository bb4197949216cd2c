import Synchronization
#if SWERL_TSAN
import Glibc
#endif

/// A mutex stored inside its owner (no separate allocation).
///
/// Why not NSLock: an NSLock is a separate object pointing to a separately allocated
/// pthread mutex, so taking a process's lock touched three cold cache lines; sending a
/// message around a ring of 10,000 processes does that on every hop. This wraps the
/// futex-based handle behind the standard library's `Mutex`, which lives in the
/// owning object's own storage. Lock and unlock must happen on the same thread.
///
/// ThreadSanitizer builds (`make tsan` defines SWERL_TSAN) use a pthread mutex instead:
/// under contention the standard handle passes ownership inside the kernel
/// (priority-inheritance futex), an edge ThreadSanitizer cannot see, so it would
/// report races on everything the lock protects.
struct InlineLock: ~Copyable {
    #if SWERL_TSAN
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always) borrowing func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) borrowing func unlock() { pthread_mutex_unlock(mutex) }
    #else
    private let handle = _MutexHandle()

    init() {}

    @inline(__always) borrowing func lock() { unsafe handle.unsafeLock() }
    @inline(__always) borrowing func unlock() { unsafe handle.unsafeUnlock() }
    #endif
}

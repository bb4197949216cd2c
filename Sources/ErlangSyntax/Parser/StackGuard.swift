#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much native stack the current thread has left.
///
/// The parser recurses once per nesting level, and a level costs from a few
/// hundred bytes to several kilobytes of stack depending on the construct and
/// the build (debug frames are much larger). `Parser.maxDepth` bounds the
/// recursion for ordinary threads; this guard also stops it before it gets
/// within `margin` bytes of the end of the stack, whatever the thread's size.
struct StackGuard {
    /// The lowest stack address the parser may reach, or 0 if unknown.
    let limit: UInt

    static let margin: UInt = 256 * 1024

    init() {
        guard let low = Self.currentThreadStackLow() else { limit = 0; return }
        limit = low + Self.margin
    }

    /// Whether the stack has room for one more nesting level.
    @inline(__always)
    func hasRoom() -> Bool {
        var probe: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &probe) { UInt(bitPattern: $0) }
        return here > limit
    }

    /// The low end of the current thread's stack (stacks grow down on every
    /// platform swerl runs on).
    private static func currentThreadStackLow() -> UInt? {
        #if canImport(Glibc)
        // pthread_getattr_np is a GNU extension the Glibc module does not export.
        typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
        return UInt(bitPattern: address)
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        return top - UInt(pthread_get_stacksize_np(pthread_self()))
        #else
        return nil
        #endif
    }
}

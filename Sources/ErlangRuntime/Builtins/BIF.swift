/// The arguments of one BIF call, viewed in place in the caller's registers.
public struct Arguments {
    @usableFromInline let base: UnsafePointer<Term>
    public let count: Int
    @inlinable public init(base: UnsafePointer<Term>, count: Int) { self.base = base; self.count = count }
    @inlinable public subscript(i: Int) -> Term { base[i] }
    public var array: [Term] { (0..<count).map { base[$0] } }

    /// Runs `body` with `terms` viewed as Arguments (for tests and for apply/3 of BIFs).
    public static func with<R>(_ terms: [Term], _ body: (Arguments) throws(ErlangError) -> R) throws(ErlangError) -> R {
        var result: Result<R, ErlangError>!
        terms.withUnsafeBufferPointer { buf in
            let dummy = UnsafeMutablePointer<Term>.allocate(capacity: 1)
            defer { dummy.deallocate() }
            let p = buf.baseAddress ?? UnsafePointer(dummy)
            do throws(ErlangError) { result = .success(try body(Arguments(base: p, count: terms.count))) }
            catch { result = .failure(error) }
        }
        return try result.get()
    }
}

/// A built-in function written in Swift. It runs to completion (never suspends and never
/// calls back into Erlang code); `process` is the calling process.
public typealias BIFFunction = (_ args: Arguments, _ process: ErlProcess) throws(ErlangError) -> Term

/// The BIFs of one Erlang module, keyed by `name/arity` exactly as Erlang spells them
/// (e.g. `"reverse/2"`). Modules may be partly BIFs and partly Erlang code in stdlib/.
public struct BIFTable {
    public let module: String
    public let functions: [String: BIFFunction]
    public init(module: String, _ functions: [String: BIFFunction]) {
        self.module = module; self.functions = functions
    }
}

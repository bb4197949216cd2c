/// An Erlang process: its identity, registers, call stack and mailbox all live here on
/// the heap, so that it can stop at any point (receive, preemption) and resume later on
/// any scheduler thread.
public final class ErlProcess: @unchecked Sendable {
    public let pid: Pid
    public unowned let vm: ErlangVM
    /// The process dictionary (put/get/erase).
    public var dictionary: [Term: Term] = [:]
    /// Reductions left in the current time slice; BIFs doing long work charge extra.
    public var reductionsLeft: Int = 0
    /// Total reductions executed (process_info reductions).
    public var reductions: Int = 0

    init(pid: Pid, vm: ErlangVM) {
        self.pid = pid
        self.vm = vm
    }

    /// Charges `n` reductions for work done inside a BIF.
    @inline(__always) public func charge(_ n: Int) { reductionsLeft -= n }
}

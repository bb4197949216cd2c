import Foundation
import Synchronization

/// An Erlang process. Everything it needs to stop and resume — registers, call stack,
/// exception handlers, mailbox — lives here on the heap, so that it can suspend at any
/// point (receive, preemption) and resume later on any scheduler thread.
///
/// Threading: fields under "owner" are touched only by the scheduler thread currently
/// running the process (at most one at a time). Fields under "shared" are protected by
/// `lock`, which other processes take to deliver messages and signals. A few owner fields
/// that other processes read (process_info, group_leader/2) are written by the owner under
/// `lock` and read by others under it: `dictionary`, `trapExit`, `groupLeader` and
/// `reductions`. The message `queue` is owner-only while the process runs; others read
/// it under `lock` only while `status` is not `.running` (see `lockWhenPaused`).
/// Others must never read the remaining owner fields.
public final class ErlProcess: @unchecked Sendable {
    public let pid: Pid
    /// Unowned(unsafe): the VM owns its processes and only its scheduler threads (which
    /// hold the VM) run them; a checked unowned read is an atomic on the VM object that
    /// every scheduler thread would write at the start of every time slice.
    public unowned(unsafe) let vm: ErlangVM

    // MARK: owner: execution state
    /// Register file: frames are windows into it (see `Instr` for the calling convention).
    var regs: RegisterFile
    /// Saved caller frames; the running frame lives in the evaluator's locals.
    var frames = FrameStack()
    /// Active exception handlers (try/catch, catch, guards), innermost last.
    var handlers: [Handler] = []
    /// Resume point: code, instruction index and frame base of the running frame.
    var code: FunctionCode? {
        get { codeRef?.takeUnretainedValue() }
        set { codeRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// `code` without reference counting (the evaluator reads it at every slice start;
    /// code lives as long as the VM, see FunctionCode).
    private(set) var codeRef: Unmanaged<FunctionCode>?
    var pc = 0
    var bp = 0
    /// Highest register index used by a frame that has since returned (see `clearDeadRegisters`).
    var registerHighWater = 0
    /// Reductions left in the current time slice; BIFs doing long work charge extra.
    public var reductionsLeft: Int = 0
    /// Total reductions executed before the current slice (process_info reductions);
    /// updated under `lock` at the end of each slice.
    public var reductions: Int = 0
    /// The process dictionary (put/get/erase). The owner changes it under `lock`.
    public var dictionary: [Term: Term] = [:]
    /// The owner changes it under `lock`.
    public var trapExit = false
    /// The escript main process: the VM halts when it ends.
    var isMain = false
    /// Set when the process used up its time slice and was put back in a run queue;
    /// cleared when a scheduler takes it. Written only while the process is in no run
    /// queue and read by thieves under the queue's lock (see `RunQueue.steal`).
    var preempted = false
    /// Timeout bookkeeping for `receive ... after`.
    var timerArmed = false
    /// The initial call, for process_info and error reports.
    var initialCall: (Atom, Atom, Int) = (.undefined, .undefined, 0)
    /// Set by BIFs that need the evaluator to act after they return (halt, yield, ...).
    var pendingAction: PendingAction? = nil
    /// Set by group_leader/2 from any process: under `lock`.
    var groupLeader: Pid?
    /// The process this one last sent a message to, by pid (see `ErlangVM.send`), held
    /// retained by hand so that a send can use it without touching its reference count
    /// (the receiver's object header is otherwise one more cold cache line per message).
    /// Forgotten when this process exits, so that two processes that sent to each other
    /// do not keep each other alive.
    private(set) var lastReceiverPid = -1
    private(set) var lastReceiver: Unmanaged<ErlProcess>?

    func rememberReceiver(_ p: ErlProcess) {
        lastReceiver?.release()
        lastReceiver = Unmanaged.passRetained(p)
        lastReceiverPid = p.pid.id
    }

    func forgetReceiver() {
        lastReceiver?.release()
        lastReceiver = nil
        lastReceiverPid = -1
    }
    /// The scheduler thread running this process now (a hint for where to wake others).
    var schedulerIndex = 0
    /// Set when an exception ended the process.
    public internal(set) var uncaught: UncaughtException?

    // MARK: owner: receive state
    /// Messages taken from `inbox`, in arrival order; receive scans from `cursor`.
    /// Changed by the owner without `lock` (a receive takes no lock to accept a message);
    /// process_info of another process reads them only while that process is paused.
    var queue: [Term] = []
    var queueHead = 0
    var cursor = 0

    // MARK: shared (under `lock`)
    let lock = InlineLock()
    /// Messages delivered but not yet taken into `queue`: append with `postLocked`.
    private(set) var inbox: [Term] = []
    /// Whether `inbox` may be non-empty: set under `lock` by senders, cleared under it by
    /// the owner. Lets the owner skip the lock when nothing arrived (a receive checks for
    /// new mail once or twice before it waits); the authoritative check is the one under
    /// the lock when a time slice ends.
    let hasMail = Atomic<Bool>(false)
    var signals: [Signal] = []
    // The small fields are declared together so that they share one word (a million
    // parked processes: every word counts).
    var status: Status = .runnable
    var timedOut = false
    /// Register capacity when the last time slice ended (see `lastCode`).
    var lastRegisters: Int32 = 0
    /// Compared for equality only; wraps.
    var timerGeneration: Int32 = 0
    public internal(set) var registeredName: Atom?
    var links: Set<Pid> = []
    /// Monitors others hold on this process: ref -> watcher, how the watcher named this
    /// process (its pid, or {Name, Node} for a monitor by registered name), and the first
    /// element of the 'DOWN' message ('DOWN', or monitor/3's `{tag, Tag}`).
    var monitoredBy: [Ref: (watcher: Pid, item: Term, tag: Term)] = [:]
    /// Monitors this process holds: ref -> target.
    var monitoring: [Ref: Pid] = [:]
    /// This process's active aliases (see ErlangVM+Aliases); a sender checks it when it
    /// delivers a message sent to a reference.
    var aliases: [Ref: AliasMode] = [:]
    var exitReason: Term?
    /// The function the process was in when its last time slice ended (process_info of
    /// another process: the owner's `code` and `regs` are not readable from other threads).
    unowned(unsafe) var lastCode: FunctionCode?

    enum Status { case runnable, running, waiting, exited }

    init(pid: Pid, vm: ErlangVM) {
        self.pid = pid
        self.vm = vm
        self.regs = RegisterFile(capacity: 16)
    }

    deinit { regs.release(); frames.release(); forgetReceiver() }

    /// Charges `n` reductions for work done inside a BIF.
    @inline(__always) public func charge(_ n: Int) { reductionsLeft -= n }

    /// Number of messages waiting (queued and not yet drained).
    var messageCount: Int {
        lock.lock(); defer { lock.unlock() }
        return messageCountLocked
    }

    /// Frees values left in the registers of returned frames (called between slices).
    func clearDeadRegisters() {
        guard let c = code else { return }
        let live = bp + c.frameSize
        if registerHighWater > live { regs.clear(from: live, to: registerHighWater) }
        registerHighWater = 0
        regs.shrink(to: live)
    }

    /// Adds a message from the process to its own mailbox (converted exit signals),
    /// through the inbox so that a waiting receive sees it.
    func deliverToSelf(_ msg: Term) {
        lock.lock(); postLocked(msg); lock.unlock()
    }

    /// Appends a message to the inbox; the caller holds `lock`.
    @inline(__always) func postLocked(_ msg: Term) {
        inbox.append(msg)
        hasMail.store(true, ordering: .releasing)
    }

    /// Drops undelivered messages (the process exited); the caller holds `lock`.
    func discardInboxLocked() {
        inbox.removeAll()
        hasMail.store(false, ordering: .relaxed)
    }

    /// Moves newly delivered messages into the owner's queue. Returns whether any arrived.
    @discardableResult
    func drainInbox() -> Bool {
        if !hasMail.load(ordering: .acquiring) { return false }
        lock.lock()
        let any = drainInboxLocked()
        lock.unlock()
        return any
    }

    /// `drainInbox` for a caller that holds `lock` and owns the process (the scheduler
    /// does it when a slice starts, under the lock it takes anyway).
    @discardableResult
    func drainInboxLocked() -> Bool {
        hasMail.store(false, ordering: .relaxed)
        if inbox.isEmpty { return false }
        if queueHead == queue.count {
            // Nothing queued: take the inbox's storage instead of copying it.
            if !queue.isEmpty { queue.removeAll(keepingCapacity: true) }
            cursor = 0
            queueHead = 0
            swap(&queue, &inbox)
            return true
        }
        queue.append(contentsOf: inbox)
        inbox.removeAll(keepingCapacity: true)
        return true
    }

    /// Removes the message at `cursor` (it was accepted by a receive).
    func removeAtCursor() {
        if cursor == queueHead && queueHead == queue.count - 1 {
            // The only message left (the usual case): empty the queue outright, so the
            // next drain can take the inbox's storage without clearing anything.
            queue.removeLast()
            if queueHead > 0 { queue.removeAll(keepingCapacity: true); queueHead = 0 }
        } else if cursor == queueHead {
            queue[queueHead] = .nil
            queueHead += 1
            if queueHead > 64 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
        } else {
            queue.remove(at: cursor)
        }
        cursor = queueHead
    }

    /// Takes `lock` at a moment this process is not running (its owner changes `queue`
    /// without the lock while it runs). `reader` is the process asking; a process
    /// reading itself need not wait. Running slices are bounded by the reduction
    /// budget, so the wait is short; a process cannot wait for itself.
    func lockWhenPaused(reader: ErlProcess) {
        while true {
            lock.lock()
            if status != .running || reader === self { return }
            lock.unlock()
            sched_yield()
        }
    }

    /// Number of messages waiting; the caller holds `lock`.
    var messageCountLocked: Int { queue.count - queueHead + inbox.count }

    /// All queued messages in order (process_info messages); the caller holds `lock`.
    var allMessagesLocked: [Term] { Array(queue[queueHead...]) + inbox }
}

/// Something the evaluator must do after a BIF returns.
enum PendingAction {
    case halt(Int32)
    case yield
    /// The process must exit now with this reason (exit(self(), R) etc.).
    case exitSelf(Term)
    /// Call Module:Function(Args) in place of the BIF's result (apply/3, erlang:apply/2).
    case apply(Term, Term, [Term])
    /// Call the fun with the args in place of the BIF's result.
    case applyFun(Term, [Term])
}

/// Signals other than messages: exit signals from links or exit/2.
enum Signal {
    case exit(from: Pid, reason: Term, fromLink: Bool)
}

/// A saved caller frame.
struct Frame {
    unowned(unsafe) let code: FunctionCode
    /// Instruction to resume at in the caller.
    let pc: Int
    let bp: Int
}

/// An active exception handler.
struct Handler {
    enum Kind { case tryCatch, catchExpr, guardFail }
    let kind: Kind
    /// Number of saved frames when the handler was installed.
    let frameDepth: Int
    unowned(unsafe) let code: FunctionCode
    let pc: Int
    let bp: Int
    /// Register (frame-relative) receiving class/reason/stack, or the catch value.
    let dst: Int
}

/// A growable array of registers outside Swift's Array (no exclusivity or bounds-check
/// traffic in the evaluator's hot loop). Slots beyond use hold `.nil`.
struct RegisterFile {
    private(set) var base: UnsafeMutablePointer<Term>
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Term>.allocate(capacity: capacity)
        base.initialize(repeating: .nil, count: capacity)
    }

    /// Ensures at least `needed` slots; returns the (possibly moved) base pointer.
    @inline(__always) mutating func reserve(_ needed: Int) -> UnsafeMutablePointer<Term> {
        if needed > capacity { grow(needed) }
        return base
    }

    private mutating func grow(_ needed: Int) {
        var newCap = capacity * 2
        while newCap < needed { newCap *= 2 }
        let nb = UnsafeMutablePointer<Term>.allocate(capacity: newCap)
        nb.moveInitialize(from: base, count: capacity)
        (nb + capacity).initialize(repeating: .nil, count: newCap - capacity)
        base.deallocate()
        base = nb
        capacity = newCap
    }

    /// Shrinks back after deep recursion returned, to keep parked processes small.
    mutating func shrink(to n: Int) {
        guard capacity > 1024, n * 4 < capacity else { return }
        var newCap = max(16, n * 2)
        if newCap > capacity { newCap = capacity }
        let nb = UnsafeMutablePointer<Term>.allocate(capacity: newCap)
        nb.moveInitialize(from: base, count: newCap)
        (base + newCap).deinitialize(count: capacity - newCap)
        base.deallocate()
        base = nb
        capacity = newCap
    }

    /// Clears slots [from, to) so that dropped values are freed.
    func clear(from: Int, to: Int) {
        guard to > from else { return }
        for i in from..<min(to, capacity) { base[i] = .nil }
    }

    func release() {
        base.deinitialize(count: capacity)
        base.deallocate()
    }
}

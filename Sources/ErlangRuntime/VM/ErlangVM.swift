import Foundation
import Synchronization

/// One Erlang runtime instance: code server, process table, name registry, schedulers,
/// timers and the standard output channel.
public final class ErlangVM: @unchecked Sendable {
    public let code = CodeServer()
    private(set) var timers: TimerService!
    private(set) var scheduler: Scheduler!
    let processes = ProcessTable()
    /// Where messages sent to process aliases go (see ErlangVM+Aliases).
    let aliasTable = AliasTable()
    private let registryLock = NSLock()
    private var registry: [Atom: Pid] = [:]
    private let nextPid = Atomic<Int>(80)
    private let nextRef = Atomic<Int>(1)
    private let halted = DispatchSemaphore(value: 0)
    private let haltCode = Atomic<Int>(0)
    let output = OutputChannel()
    /// Called with each crashed process's error report text (OTP's logger output).
    public var reportError: ((String) -> Void)?
    /// Formats an uncaught exception of the escript main process (escript's message).
    public var formatEscriptError: ((UncaughtException) -> String)?
    /// Prints a term as ~p does (for the few messages the runtime writes itself).
    public var formatTerm: ((Term) -> String)?
    /// Formats a crashed process's error report.
    public var formatErrorReport: ((Pid, Term) -> String)?

    /// `deterministic`: one scheduler and virtual time, for reproducible runs.
    public init(schedulers: Int = ProcessInfo.processInfo.activeProcessorCount, deterministic: Bool = false) {
        scheduler = Scheduler(vm: self, threads: deterministic ? 1 : schedulers)
        timers = TimerService(vm: self, virtual: deterministic)
    }

    public var schedulerCount: Int { scheduler.count }

    // MARK: output

    /// When set, output goes here instead of the file descriptors (tests). Called under a lock.
    public var captureOutput: ((_ text: String, _ fd: Int32) -> Void)? {
        get { output.capture }
        set { output.capture = newValue }
    }

    /// Writes `text` to standard output in one piece (no interleaving within one call).
    public func writeStdout(_ text: String) { output.write(text, fd: 1) }
    /// Writes raw bytes to standard output (io on a latin1 device writes characters
    /// 128...255 as single bytes).
    public func writeStdout(bytes: [UInt8]) { output.write(bytes: bytes, fd: 1) }
    public func writeStderr(bytes: [UInt8]) { output.write(bytes: bytes, fd: 2) }

    /// Writes `text` to standard error in one piece.
    public func writeStderr(_ text: String) { output.write(text, fd: 2) }
    public func flushOutput() { output.flush() }

    // MARK: identifiers

    public func newPid() -> Pid { Pid(nextPid.add(1, ordering: .relaxed).oldValue) }
    public func makeRef() -> Ref { Ref(nextRef.add(1, ordering: .relaxed).oldValue) }

    public func process(_ pid: Pid) -> ErlProcess? { processes.get(pid.id) }

    // MARK: starting and stopping

    /// The pid of the process that runs an escript's main/1 or erl's -eval/-s/-run, as in OTP.
    public static let mainPidNumber = 9
    /// The first pid OTP gives a process the program spawns: the system processes started at
    /// boot take the numbers below it. An escript compiled with -mode(compile) starts one more
    /// (the compiler's) before main/1 runs, so its first spawn is <0.80.0>.
    public static let firstSpawnedPidNumber = 79

    /// Starts the schedulers, runs `Module:Function(Args)` as the main process, and
    /// waits until the VM halts. Returns the exit status. The main process is
    /// `<0.9.0>`; the processes spawned after it are numbered from `firstSpawnedPid`.
    public func runMain(module: Atom, function: Atom, args: [Term], haltWhenDone: Bool,
                        firstSpawnedPid: Int = ErlangVM.firstSpawnedPidNumber) -> Int32 {
        // Renumber only a VM that has no process yet, so that no two processes share a pid.
        if processes.count == 0 { nextPid.store(firstSpawnedPid, ordering: .relaxed) }
        let p = spawnProcess(module: .atom(module), function: .atom(function), args: args, link: nil,
                             pid: Pid(ErlangVM.mainPidNumber))
        p.isMain = haltWhenDone
        scheduler.start()
        scheduler.enqueue(p, hint: 0)
        halted.wait()
        flushOutput()
        return Int32(haltCode.load(ordering: .acquiring))
    }

    /// Stops the VM with `code` (halt/1): the schedulers stop after their current slice
    /// and `runMain` returns. Only the first halt counts.
    public func halt(_ code: Int32) {
        guard isHalted.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        flushOutput()
        haltCode.store(Int(code), ordering: .releasing)
        scheduler.wakeAll()
        halted.signal()
    }

    /// Set once halt has been called.
    let isHalted = Atomic<Bool>(false)

    // MARK: spawning

    /// Creates a process that will call Module:Function(Args) (or the fun in `function`
    /// when `module` is nil) and makes it runnable.
    func spawnProcess(module: Term?, function: Term, args: [Term], link parent: ErlProcess?,
                      pid: Pid? = nil) -> ErlProcess {
        let p = ErlProcess(pid: pid ?? newPid(), vm: self)
        let n = args.count
        let r = p.regs.reserve(n + 3)
        for (i, a) in args.enumerated() { r[i] = a }
        if let m = module {
            r[n] = m
            r[n + 1] = function
            p.code = Trampolines.shared.apply(arity: n)
            if case .atom(let ma) = m, case .atom(let fa) = function { p.initialCall = (ma, fa, n) }
        } else {
            r[n] = function
            p.code = Trampolines.shared.applyFun(arity: n)
            if case .fun(let f) = function { p.initialCall = (f.module, Atom(f.name), f.arity) }
        }
        p.pc = 0
        p.bp = 0
        _ = p.regs.reserve(p.code!.frameSize)
        if let parent = parent {
            p.links.insert(parent.pid)
            parent.lock.lock(); parent.links.insert(p.pid); parent.lock.unlock()
        }
        processes.insert(p)
        return p
    }

    /// Spawns a process; with `monitorBy`, that process monitors the new one from before
    /// it first runs (spawn_monitor), and the monitor's ref is returned too.
    @discardableResult
    public func spawn(module: Term?, function: Term, args: [Term], link parent: ErlProcess?, from: ErlProcess?,
                      monitorBy watcher: ErlProcess? = nil) -> (Pid, Ref?) {
        let p = spawnProcess(module: module, function: function, args: args, link: parent)
        if let f = from { f.lock.lock(); p.groupLeader = f.groupLeader; f.lock.unlock() }
        var ref: Ref?
        if let w = watcher {
            let r = makeRef()
            w.lock.lock(); w.monitoring[r] = p.pid; w.lock.unlock()
            p.lock.lock(); p.monitoredBy[r] = (w.pid, .pid(p.pid), .atom(.DOWN)); p.lock.unlock()
            ref = r
        }
        scheduler.enqueue(p, hint: from?.schedulerIndex)
        return (p.pid, ref)
    }

    public func spawn(module: Term?, function: Term, args: [Term], link parent: ErlProcess?, from: ErlProcess?) -> Pid {
        spawn(module: module, function: function, args: args, link: parent, from: from, monitorBy: nil).0
    }

    // MARK: registry

    public func register(_ name: Atom, _ pid: Pid) -> Bool {
        registryLock.lock(); defer { registryLock.unlock() }
        guard registry[name] == nil, let p = process(pid) else { return false }
        p.lock.lock()
        defer { p.lock.unlock() }
        guard p.registeredName == nil, p.status != .exited else { return false }
        p.registeredName = name
        registry[name] = pid
        return true
    }

    public func unregister(_ name: Atom) -> Bool {
        registryLock.lock(); defer { registryLock.unlock() }
        guard let pid = registry.removeValue(forKey: name) else { return false }
        if let p = process(pid) { p.lock.lock(); p.registeredName = nil; p.lock.unlock() }
        return true
    }

    /// Removes `name` if `pid` still holds it (an exiting process must not take its old name
    /// from a process that registered it after an unregister/1).
    func unregister(_ name: Atom, ifOwnedBy pid: Pid) {
        registryLock.lock(); defer { registryLock.unlock() }
        if registry[name] == pid { registry.removeValue(forKey: name) }
    }

    public func whereis(_ name: Atom) -> Pid? {
        registryLock.lock(); defer { registryLock.unlock() }
        return registry[name]
    }

    public var registeredNames: [Atom] {
        registryLock.lock(); defer { registryLock.unlock() }
        return Array(registry.keys)
    }

    // MARK: messages

    /// `To ! Msg`: to a pid, a registered name, or {Name, Node}.
    public func send(from: ErlProcess?, to: Term, _ msg: Term) throws(ErlangError) {
        switch to {
        case .pid(let pid):
            guard let f = from else { deliver(pid, msg, hint: nil); return }
            // Senders usually send to the same process again and again (a relay, a
            // client and its server): remember the last receiver and skip the table.
            // Pids are never reused, so a remembered pid always names that process.
            if f.lastReceiverPid != pid.id {
                guard let found = process(pid) else { return }
                f.rememberReceiver(found)
            }
            f.lastReceiver?._withUnsafeGuaranteedRef { target in
                post(target, hint: f.schedulerIndex) { $0.postLocked(msg); return true }
            }
        case .atom(let name):
            guard let pid = whereis(name) else { throw .badarg }
            deliver(pid, msg, hint: from?.schedulerIndex)
        case .tuple(let t) where t.count == 2:
            guard case .atom(let name) = t[0] else { throw .badarg }
            guard let pid = whereis(name) else { return }
            deliver(pid, msg, hint: from?.schedulerIndex)
        case .ref(let ref):
            sendToAlias(ref, msg, hint: from?.schedulerIndex)
        default:
            throw .badarg
        }
    }

    func sendToTarget(_ to: Term, _ msg: Term) throws(ErlangError) { try send(from: nil, to: to, msg) }

    /// Appends `msg` to the mailbox of `pid` (dropped if it is gone) and wakes it.
    public func deliver(_ pid: Pid, _ msg: Term, hint: Int?) {
        post(pid, hint: hint) { $0.postLocked(msg); return true }
    }

    /// Delivers an exit signal to `pid`.
    func signal(_ pid: Pid, _ s: Signal, hint: Int?) {
        post(pid, hint: hint) { $0.signals.append(s); return true }
    }

    /// Adds something to a live process's mailbox or signal queue under its lock
    /// (`add`, which returns whether it added anything), and makes it runnable if it
    /// was waiting.
    @inline(__always)
    func post(_ pid: Pid, hint: Int?, _ add: (ErlProcess) -> Bool) {
        guard let p = process(pid) else { return }
        post(p, hint: hint, add)
    }

    @inline(__always)
    func post(_ p: ErlProcess, hint: Int?, _ add: (ErlProcess) -> Bool) {
        p.lock.lock()
        if p.status == .exited { p.lock.unlock(); return }
        guard add(p) else { p.lock.unlock(); return }
        let wake = p.status == .waiting
        if wake { p.status = .runnable }
        p.lock.unlock()
        if wake { scheduler.wake(p, hint: hint) }
    }
}

/// Tiny entry code for spawned processes: call M:F(Args) or Fun(Args), then exit.
final class Trampolines: @unchecked Sendable {
    static let shared = Trampolines()
    private let lock = NSLock()
    private var applies: [Int: FunctionCode] = [:]
    private var funs: [Int: FunctionCode] = [:]
    private let owner = LoadedModule(name: Atom("$trampoline"), file: "")

    func apply(arity n: Int) -> FunctionCode {
        lock.lock(); defer { lock.unlock() }
        if let c = applies[n] { return c }
        let c = make(n, .tailCallDynamic(base: 0, argc: n))
        applies[n] = c
        return c
    }

    func applyFun(arity n: Int) -> FunctionCode {
        lock.lock(); defer { lock.unlock() }
        if let c = funs[n] { return c }
        let c = make(n, .tailCallFun(base: 0, argc: n))
        funs[n] = c
        return c
    }

    private func make(_ n: Int, _ call: Instr) -> FunctionCode {
        let c = FunctionCode(module: Atom("erlang"), name: Atom("apply"), arity: n)
        c.instrs = [call, .ret(src: 0)]
        c.lines = [0, 0]
        c.frameSize = n + 3
        c.isTrampoline = true
        c.owner = owner
        c.freeze()
        return c
    }
}

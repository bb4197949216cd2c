import Foundation
import DequeModule
import Synchronization

/// A run queue of one scheduler thread. Other schedulers steal from its front.
final class RunQueue: @unchecked Sendable {
    private let lock = InlineLock()
    private var items = Deque<ErlProcess>()
    /// `items.count`, readable without the lock (a hint: it may be stale).
    private let approximateCount = Atomic<Int>(0)
    /// The owning scheduler is asleep on `idle` (its queue may be stolen from entirely).
    let ownerAsleep = Atomic<Bool>(false)
    /// Owner-only: a process woken by a message sent from this scheduler while the queue
    /// was empty. It runs before the queue (it is older than everything in it, so the
    /// order stays first-in first-out) and costs no lock; thieves do not see it, which
    /// delays it by at most the rest of the current time slice.
    var runNext: ErlProcess?

    /// Pushes and returns the queue's new length.
    func pushCount(_ p: ErlProcess) -> Int {
        lock.lock()
        items.append(p)
        let n = items.count
        approximateCount.store(n, ordering: .relaxed)
        lock.unlock()
        return n
    }
    func pop() -> ErlProcess? {
        if approximateCount.load(ordering: .relaxed) == 0 { return nil }
        lock.lock(); defer { lock.unlock() }
        let p = items.popFirst()
        approximateCount.store(items.count, ordering: .relaxed)
        return p
    }
    var isApproximatelyEmpty: Bool { approximateCount.load(ordering: .relaxed) == 0 }
    var count: Int { lock.lock(); defer { lock.unlock() }; return items.count }
    /// Whether `steal(ownerAwake:)` would return something (they must agree, or an idle
    /// scheduler spins or sleeps through stealable work).
    func hasStealable(ownerAwake: Bool) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if !ownerAwake { return !items.isEmpty }
        return items.count >= 2 || (items.first?.preempted ?? false)
    }
    /// Takes about half of the queue for a thief. When `ownerAwake`, a lone process is
    /// left to the owner unless it was preempted: a newborn should not start before its
    /// parent's next step (as on the BEAM, `spawn` then `monitor` reliably monitors a
    /// live process), but a CPU-bound process waiting behind another one should move to
    /// the idle scheduler (otherwise two busy processes take turns on one thread).
    func steal(ownerAwake: Bool) -> [ErlProcess] {
        lock.lock(); defer { lock.unlock() }
        if ownerAwake && items.count < 2 && !(items.first?.preempted ?? false) { return [] }
        let n = ownerAwake ? max(1, items.count / 2) : (items.count + 1) / 2
        var out: [ErlProcess] = []
        for _ in 0..<n { if let p = items.popLast() { out.append(p) } }
        approximateCount.store(items.count, ordering: .relaxed)
        return out
    }
}

/// N scheduler threads, one run queue each, with work stealing. Idle schedulers sleep
/// on a condition variable (no CPU used when nothing runs).
///
/// Process states (under the process lock): `runnable` = in exactly one run queue,
/// `running` = owned by one scheduler thread, `waiting` = parked in receive (in no
/// queue; whoever makes it runnable again enqueues it), `exited`.
final class Scheduler: @unchecked Sendable {
    let count: Int
    private let queues: [RunQueue]
    // Strong: the VM owns its threads and lives as long as they do.
    private let vm: ErlangVM
    private let idle = NSCondition()
    private let sleepers = Atomic<Int>(0)
    private let roundRobin = Atomic<Int>(0)
    /// Reductions per time slice (BEAM: 4000).
    static let sliceBudget = 4000

    init(vm: ErlangVM, threads: Int) {
        self.vm = vm
        self.count = max(1, threads)
        self.queues = (0..<max(1, threads)).map { _ in RunQueue() }
    }

    func start() {
        for i in 0..<count {
            let t = Thread { [unowned self] in self.loop(i) }
            t.name = "swerl-scheduler-\(i)"
            // Modules load on first call, on this thread: compiling deep code recurses.
            t.stackSize = 256 << 20
            t.start()
        }
    }

    /// Makes `p` runnable on scheduler `hint` (the caller's own), or spreads it round-robin.
    /// Sleeping schedulers are woken only when there is work they may take: a queue
    /// whose owner sleeps, or a second process a thief may steal. (Waking on every
    /// message costs a futex round trip per hop when one token circulates.)
    func enqueue(_ p: ErlProcess, hint: Int?) {
        let i = (hint ?? (roundRobin.add(1, ordering: .relaxed).newValue % count)) % count
        push(p, on: i)
    }

    /// Makes `p`, woken by a message or signal, runnable. When the sender runs on
    /// scheduler `hint` and that scheduler has nothing else queued, `p` goes in its
    /// `runNext` slot (no lock; in a ping-pong or a ring it runs as soon as the sender
    /// blocks). Otherwise as `enqueue`.
    func wake(_ p: ErlProcess, hint: Int?) {
        if let h = hint, h < count, Scheduler.currentIndex == h {
            let q = queues[h]
            if q.runNext == nil && q.isApproximatelyEmpty {
                q.runNext = p
                return
            }
        }
        enqueue(p, hint: hint)
    }

    /// The index of the scheduler running on this thread, or -1 on other threads.
    private static let indexKey: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()
    static var currentIndex: Int {
        Int(bitPattern: pthread_getspecific(indexKey)) - 1
    }

    /// Appends `p` to queue `i`, waking sleepers when a thief could take something.
    private func push(_ p: ErlProcess, on i: Int) {
        let q = queues[i]
        let depth = q.pushCount(p)
        if sleepers.load(ordering: .sequentiallyConsistent) > 0
            && (depth >= 2 || q.ownerAsleep.load(ordering: .sequentiallyConsistent)) {
            idle.lock(); idle.broadcast(); idle.unlock()
        }
    }

    /// The next process for scheduler `i`: its own queue first, then stolen work.
    /// What a thief may take is decided by `RunQueue.steal`.
    private func next(_ i: Int) -> ErlProcess? {
        if let p = queues[i].runNext { queues[i].runNext = nil; return p }
        if let p = queues[i].pop() { return p }
        for j in 1..<max(count, 1) {
            let v = (i + j) % count
            let stolen = queues[v].steal(ownerAwake: !queues[v].ownerAsleep.load(ordering: .sequentiallyConsistent))
            if let first = stolen.first {
                for p in stolen.dropFirst() { _ = queues[i].pushCount(p) }
                return first
            }
        }
        return nil
    }

    /// Whether scheduler `i` has anything it may run.
    private func hasWork(_ i: Int) -> Bool {
        for j in 0..<count {
            if j == i {
                if queues[j].runNext != nil || queues[j].count > 0 { return true }
            } else if queues[j].hasStealable(ownerAwake: !queues[j].ownerAsleep.load(ordering: .sequentiallyConsistent)) {
                return true
            }
        }
        return false
    }

    /// Wakes every sleeping scheduler (used at halt so that they can exit).
    func wakeAll() { idle.lock(); idle.broadcast(); idle.unlock() }

    private func loop(_ i: Int) {
        pthread_setspecific(Scheduler.indexKey, UnsafeRawPointer(bitPattern: i + 1))
        while !vm.isHalted.load(ordering: .relaxed) {
            guard let p = next(i) else {
                if vm.timers.virtual && vm.timers.fireNextVirtual() { continue }
                idle.lock()
                sleepers.add(1, ordering: .sequentiallyConsistent)
                queues[i].ownerAsleep.store(true, ordering: .sequentiallyConsistent)
                while !hasWork(i) && !vm.isHalted.load(ordering: .relaxed) {
                    vm.flushOutput()
                    idle.wait()
                }
                queues[i].ownerAsleep.store(false, ordering: .sequentiallyConsistent)
                sleepers.subtract(1, ordering: .sequentiallyConsistent)
                idle.unlock()
                continue
            }
            runSlice(p, scheduler: i)
        }
    }

    private func runSlice(_ p: ErlProcess, scheduler i: Int) {
        p.lock.lock()
        if p.status == .exited { p.lock.unlock(); return }
        p.status = .running
        p.preempted = false
        // Messages that woke it: into its queue now, under the lock already held (the
        // receive it resumes would otherwise take the lock again to do it).
        if p.hasMail.load(ordering: .relaxed) { p.drainInboxLocked() }
        let signals = p.signals
        if !signals.isEmpty { p.signals.removeAll() }
        p.lock.unlock()
        p.schedulerIndex = i
        if !signals.isEmpty, let reason = vm.handleSignals(p, signals) {
            vm.processExited(p, reason: reason)
            return
        }
        let result = Interpreter.run(p, budget: Scheduler.sliceBudget)
        switch result {
        case .yielded, .waiting: p.clearDeadRegisters()
        default: break
        }
        switch result {
        case .yielded:
            p.lock.lock(); publish(p); p.status = .runnable; p.lock.unlock()
            p.preempted = true
            push(p, on: i)
        case .waiting:
            p.lock.lock()
            publish(p)
            if !p.inbox.isEmpty || !p.signals.isEmpty || p.timedOut {
                p.status = .runnable
                p.lock.unlock()
                push(p, on: i)
            } else {
                p.status = .waiting
                p.lock.unlock()
            }
        case .exited(let reason):
            vm.processExited(p, reason: reason)
        case .halted(let code):
            vm.halt(code)
        }
    }

    /// What other processes may read of `p` while it runs (see ErlProcess); under `p.lock`.
    @inline(__always) private func publish(_ p: ErlProcess) {
        p.reductions += Scheduler.sliceBudget - p.reductionsLeft
        p.lastCode = p.code
        p.lastRegisters = Int32(clamping: p.regs.capacity)
    }
}

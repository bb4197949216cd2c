import Foundation

/// One thread that fires timers: receive timeouts, send_after/start_timer.
/// Entries live in a binary min-heap by deadline; cancelled entries are skipped lazily.
final class TimerService: @unchecked Sendable {
    enum Action {
        /// A `receive ... after` timeout for `process`, valid while its generation matches.
        case receiveTimeout(ErlProcess, generation: Int32)
        /// Deliver `message` to `dest` (a pid or registered name); `ref` identifies the timer.
        case send(dest: Term, message: Term, ref: Ref)
    }
    struct Entry {
        let deadline: UInt64
        let seq: Int
        let action: Action
    }

    private let cond = NSCondition()
    private var heap: [Entry] = []
    private var seq = 0
    /// Active user timers (send_after/start_timer), for cancel_timer/read_timer.
    private var active: [Ref: UInt64] = [:]
    // Strong: the VM owns its threads and lives as long as they do.
    private let vm: ErlangVM
    private var started = false
    /// Virtual time (deterministic mode): no timer thread; when every process is blocked,
    /// the clock jumps to the next deadline and that timer fires at once.
    let virtual: Bool
    private var virtualNow: UInt64 = 0

    init(vm: ErlangVM, virtual: Bool) { self.vm = vm; self.virtual = virtual }

    private static func realNow() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// The timer clock in nanoseconds (virtual in deterministic mode).
    func now() -> UInt64 {
        guard virtual else { return TimerService.realNow() }
        cond.lock(); defer { cond.unlock() }
        return virtualNow
    }

    /// Deterministic mode: fires the earliest timer, advancing virtual time to it.
    /// Returns false when no timer is pending.
    func fireNextVirtual() -> Bool {
        cond.lock()
        while let first = heap.first {
            let e = popMin()
            if e.deadline > virtualNow { virtualNow = e.deadline }
            var fire = true
            if case .send(_, _, let ref) = e.action { fire = active.removeValue(forKey: ref) != nil }
            if case .receiveTimeout(let p, let gen) = e.action {
                p.lock.lock(); fire = p.timerGeneration == gen; p.lock.unlock()
            }
            _ = first
            if fire {
                cond.unlock()
                run(e.action)
                return true
            }
        }
        cond.unlock()
        return false
    }

    // MARK: receive timeouts

    func arm(_ p: ErlProcess, afterMs ms: Int) {
        p.lock.lock()
        p.timerGeneration &+= 1
        p.timedOut = false
        let gen = p.timerGeneration
        p.lock.unlock()
        p.timerArmed = true
        insert(deadline: now() + UInt64(ms) * 1_000_000, .receiveTimeout(p, generation: gen))
    }

    func disarm(_ p: ErlProcess) {
        p.timerArmed = false
        p.lock.lock()
        p.timerGeneration &+= 1
        p.timedOut = false
        p.lock.unlock()
    }

    func hasFired(_ p: ErlProcess) -> Bool {
        p.lock.lock(); defer { p.lock.unlock() }
        return p.timedOut
    }

    // MARK: user timers

    func sendAfter(ms: Int, dest: Term, message: Term, ref: Ref) {
        let deadline = now() + UInt64(max(ms, 0)) * 1_000_000
        cond.lock()
        active[ref] = deadline
        cond.unlock()
        insert(deadline: deadline, .send(dest: dest, message: message, ref: ref))
    }

    /// Cancels a user timer; returns the milliseconds that were left, or nil if it had fired.
    func cancel(_ ref: Ref) -> Int? {
        let now = now()
        cond.lock(); defer { cond.unlock() }
        guard let d = active.removeValue(forKey: ref) else { return nil }
        return d > now ? Int((d - now) / 1_000_000) : 0
    }

    func remaining(_ ref: Ref) -> Int? {
        let now = now()
        cond.lock(); defer { cond.unlock() }
        guard let d = active[ref] else { return nil }
        return d > now ? Int((d - now) / 1_000_000) : 0
    }

    // MARK: heap and thread

    private func insert(deadline: UInt64, _ action: Action) {
        let deadline = deadline
        cond.lock()
        if !started && !virtual {
            started = true
            let t = Thread { [unowned self] in self.loop() }
            t.name = "swerl-timers"
            t.start()
        }
        seq += 1
        heap.append(Entry(deadline: deadline, seq: seq, action: action))
        siftUp(heap.count - 1)
        cond.signal()
        cond.unlock()
    }

    private func loop() {
        cond.lock()
        while true {
            guard let first = heap.first else { cond.wait(); continue }
            let now = TimerService.realNow()
            if first.deadline > now {
                _ = cond.wait(until: Date(timeIntervalSinceNow: Double(first.deadline - now) / 1e9))
                continue
            }
            let e = popMin()
            var fire = true
            if case .send(_, _, let ref) = e.action { fire = active.removeValue(forKey: ref) != nil }
            cond.unlock()
            if fire { run(e.action) }
            cond.lock()
        }
    }

    private func run(_ action: Action) {
        switch action {
        case .receiveTimeout(let p, let gen):
            p.lock.lock()
            var wake = false
            if p.timerGeneration == gen {
                p.timedOut = true
                if p.status == .waiting { p.status = .runnable; wake = true }
            }
            p.lock.unlock()
            if wake { vm.scheduler.enqueue(p, hint: nil) }
        case .send(let dest, let message, _):
            try? vm.sendToTarget(dest, message)
        }
    }

    private func less(_ a: Entry, _ b: Entry) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.seq < b.seq)
    }

    private func siftUp(_ i0: Int) {
        var i = i0
        while i > 0 {
            let parent = (i - 1) / 2
            if !less(heap[i], heap[parent]) { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private func popMin() -> Entry {
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && less(heap[l], heap[m]) { m = l }
                if r < heap.count && less(heap[r], heap[m]) { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}

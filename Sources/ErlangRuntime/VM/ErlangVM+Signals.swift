import Foundation

// Links, monitors, exit signals and process termination.

extension ErlangVM {
    /// Applies exit signals received by `p` at the start of its time slice.
    /// Returns the reason `p` must die with, if one of them kills it.
    func handleSignals(_ p: ErlProcess, _ signals: [Signal]) -> Term? {
        for s in signals {
            switch s {
            case .exit(let from, let reason, let fromLink):
                if fromLink {
                    // The signal ends the link. A link already gone (unlink/1 returned before
                    // the signal was handled) has no effect any more, as in OTP.
                    p.lock.lock(); let wasLinked = p.links.remove(from) != nil; p.lock.unlock()
                    if !wasLinked { continue }
                }
                if case .atom(let a) = reason, a == .kill, !fromLink { return .atom(.killed) }
                if p.trapExit {
                    p.deliverToSelf(.tuple(.atom(.EXIT), .pid(from), reason))
                    continue
                }
                if case .atom(let a) = reason, a == .normal {
                    // A normal exit signal only ends the process when it sent it to itself.
                    if from == p.pid && !fromLink { return reason }
                    continue
                }
                return reason
            }
        }
        return nil
    }

    /// Tears down a finished process: notifies links and monitors, unregisters it,
    /// reports a crash, and halts the VM if it was the escript main process.
    func processExited(_ p: ErlProcess, reason: Term) {
        p.lock.lock()
        p.status = .exited
        p.exitReason = reason
        let links = p.links
        let watchers = p.monitoredBy
        let monitoring = p.monitoring
        let name = p.registeredName
        p.links.removeAll()
        p.monitoredBy.removeAll()
        p.monitoring.removeAll()
        p.discardInboxLocked()
        let aliases = takeAliasesLocked(p)
        p.lock.unlock()
        for ref in aliases { aliasTable.remove(ref) }
        if let n = name { unregister(n, ifOwnedBy: p.pid) }
        processes.remove(p.pid.id)
        let hint = p.schedulerIndex
        for l in links { signal(l, .exit(from: p.pid, reason: reason, fromLink: true), hint: hint) }
        for (ref, w) in watchers {
            deliverDown(w.watcher, ref, .tuple(w.tag, .ref(ref), .atom(.process), w.item, reason), hint: hint)
        }
        // The monitors this process held end with it.
        for (ref, target) in monitoring {
            guard let t = process(target) else { continue }
            t.lock.lock(); t.monitoredBy.removeValue(forKey: ref); t.lock.unlock()
        }
        if p.isMain {
            if let u = p.uncaught {
                writeStderr(formatEscriptError?(u) ?? "escript: exception \(u.kind.name)\n")
                halt(127)
            } else if case .atom(let a) = reason, a == .normal {
                halt(0)
            } else {
                // Killed by a signal: escript's init reports the reason on stdout and exits with 1.
                writeStdout("{\"init terminating in do_boot\",\(formatTerm?(reason) ?? "")}\r\n")
                halt(1)
            }
            // escript's message above is the whole report: OTP logs no error report for main.
            return
        }
        // Like the emulator, log crashes by error (and uncaught throw), not by exit/1.
        if let u = p.uncaught, u.kind != .exit,
           let report = formatErrorReport?(p.pid, Interpreter.exitReason(ErlangError(u.kind, u.reason), u.stacktrace)) {
            writeStderr(report)
        }
        // Drop references held by the dead process promptly.
        p.forgetReceiver()
        p.queue.removeAll()
        p.frames.removeAll()
        p.handlers.removeAll()
        p.dictionary.removeAll()
    }

    // MARK: links

    /// link(Pid) from `p`. Throws noproc when the target is gone and `p` doesn't trap exits.
    public func link(_ p: ErlProcess, _ pid: Pid) throws(ErlangError) {
        if pid == p.pid { return }
        guard let other = process(pid) else {
            if p.trapExit { p.deliverToSelf(.tuple(.atom(.EXIT), .pid(pid), .atom(.noproc))); return }
            throw .error(.atom(.noproc))
        }
        other.lock.lock()
        if other.status == .exited {
            other.lock.unlock()
            if p.trapExit { p.deliverToSelf(.tuple(.atom(.EXIT), .pid(pid), .atom(.noproc))); return }
            throw .error(.atom(.noproc))
        }
        other.links.insert(p.pid)
        other.lock.unlock()
        p.lock.lock(); p.links.insert(pid); p.lock.unlock()
    }

    public func unlink(_ p: ErlProcess, _ pid: Pid) {
        p.lock.lock(); p.links.remove(pid); p.lock.unlock()
        if let other = process(pid) { other.lock.lock(); other.links.remove(p.pid); other.lock.unlock() }
    }

    // MARK: monitors

    /// monitor(process, Target) from `p`; a dead or unknown target gets an immediate DOWN noproc.
    /// With `alias`, the reference is also an alias of `p` (monitor/3's `{alias, Mode}`);
    /// `tag` replaces 'DOWN' in the message (`{tag, Tag}`). As in OTP, a process monitoring
    /// itself gets a reference and neither monitor nor alias.
    func monitor(_ p: ErlProcess, _ target: Term, alias: AliasMode? = nil, tag: Term = .atom(.DOWN)) -> Ref {
        let ref = makeRef()
        if target == .pid(p.pid) { return ref }
        var pid: Pid?
        var item = target
        switch target {
        case .pid(let x): pid = x
        case .atom(let name):
            pid = whereis(name)
            item = .tuple(target, .atom(.nonode))
        case .tuple(let t) where t.count == 2:
            if case .atom(let name) = t[0] { pid = whereis(name) }
        default: break
        }
        if let x = pid, let other = process(x) {
            // The watcher's side first: a 'DOWN' is delivered only while it is there
            // (see deliverDown), and the target may exit as soon as its side exists.
            p.lock.lock(); p.monitoring[ref] = x; p.lock.unlock()
            other.lock.lock()
            if other.status != .exited {
                other.monitoredBy[ref] = (p.pid, item, tag)
                other.lock.unlock()
                if let mode = alias { activateAlias(p, ref, mode) }
                return ref
            }
            other.lock.unlock()
            p.lock.lock(); p.monitoring.removeValue(forKey: ref); p.lock.unlock()
        }
        // The monitor ends at once, and with it an alias that ends with the monitor.
        if let mode = alias, !mode.endsWithMonitor { activateAlias(p, ref, mode) }
        deliver(p.pid, .tuple(tag, .ref(ref), .atom(.process), item, .atom(.noproc)), hint: p.schedulerIndex)
        return ref
    }

    /// demonitor(Ref); returns whether the monitor was active. Once it returns, no 'DOWN' for
    /// `ref` can arrive any more: either one is in the mailbox already (false) or none will
    /// come (true), because deliverDown appends the message only while the watcher's entry
    /// exists, under the watcher's lock.
    public func demonitor(_ p: ErlProcess, _ ref: Ref) -> Bool {
        p.lock.lock()
        let target = p.monitoring.removeValue(forKey: ref)
        let aliasEnded = target != nil && endAliasWithMonitorLocked(p, ref)
        p.lock.unlock()
        if aliasEnded { aliasTable.remove(ref) }
        guard let t = target else { return false }
        if let other = process(t) {
            other.lock.lock(); other.monitoredBy.removeValue(forKey: ref); other.lock.unlock()
        }
        return true
    }

    /// Delivers the 'DOWN' message of monitor `ref` to `watcher`, unless the watcher has
    /// demonitored it meanwhile; the monitor ends with it.
    func deliverDown(_ watcher: Pid, _ ref: Ref, _ msg: Term, hint: Int?) {
        guard let p = process(watcher) else { return }
        p.lock.lock()
        guard p.status != .exited, p.monitoring.removeValue(forKey: ref) != nil else { p.lock.unlock(); return }
        p.postLocked(msg)
        let aliasEnded = endAliasWithMonitorLocked(p, ref)
        let wake = p.status == .waiting
        if wake { p.status = .runnable }
        p.lock.unlock()
        if aliasEnded { aliasTable.remove(ref) }
        if wake { scheduler.wake(p, hint: hint) }
    }

    /// Removes the message `{_, Ref, _, _, _}` of monitor `ref` (its 'DOWN', whatever its tag)
    /// from `p`'s mailbox (demonitor flush).
    public func flushDown(_ p: ErlProcess, _ ref: Ref) {
        p.drainInbox()
        if let i = p.queue[p.queueHead...].firstIndex(where: {
            if case .tuple(let t) = $0, t.count == 5, case .ref(let r) = t[1], r == ref { return true }
            return false
        }) {
            p.queue.remove(at: i)
            p.cursor = p.queueHead
        }
    }

    // MARK: exit/2

    /// exit(Pid, Reason) from `p`.
    public func sendExit(from p: ErlProcess, to pid: Pid, reason: Term) {
        if pid == p.pid {
            // To itself: handled like any signal at the next check (right after the BIF).
            if case .atom(let a) = reason, a == .normal, p.trapExit {
                p.deliverToSelf(.tuple(.atom(.EXIT), .pid(p.pid), reason))
                return
            }
            if p.trapExit, !(reason == .atom(.kill)) {
                p.deliverToSelf(.tuple(.atom(.EXIT), .pid(p.pid), reason))
                return
            }
            p.pendingAction = .exitSelf(reason == .atom(.kill) ? .atom(.killed) : reason)
            return
        }
        signal(pid, .exit(from: p.pid, reason: reason, fromLink: false), hint: p.schedulerIndex)
    }
}

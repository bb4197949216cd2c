// Process aliases (alias/0,1, unalias/1, monitor/3's {alias, Mode}): a reference that
// addresses the process that created it for as long as the alias is active. A message sent
// to an inactive alias, or to a reference that never was one, is dropped without an error.
//
// Invariant: an alias is active while it is in its owner's `aliases`, which is read and
// changed only under the owner's lock. A sender checks it and appends the message in one
// critical section, so once the owner has deactivated an alias, no message sent through it
// reaches the mailbox any more: gen:call relies on this to drop a reply that comes after
// the call timed out. `aliasTable` only routes references to owners.

extension ErlangVM {
    /// alias/0,1 (and the alias of a monitor): makes `ref` an active alias of `p`.
    func activateAlias(_ p: ErlProcess, _ ref: Ref, _ mode: AliasMode) {
        aliasTable.insert(ref, owner: p.pid)
        p.lock.lock(); p.aliases[ref] = mode; p.lock.unlock()
    }

    /// unalias/1: deactivates alias `ref` of `p`. False when it is not an active alias of `p`.
    func unalias(_ p: ErlProcess, _ ref: Ref) -> Bool {
        p.lock.lock()
        let wasActive = p.aliases.removeValue(forKey: ref) != nil
        p.lock.unlock()
        if wasActive { aliasTable.remove(ref) }
        return wasActive
    }

    /// Deactivates `ref` if it is an alias that ends with its monitor, which just ended.
    /// The caller holds `p.lock`, and calls `aliasTable.remove` when this returns true.
    func endAliasWithMonitorLocked(_ p: ErlProcess, _ ref: Ref) -> Bool {
        guard let mode = p.aliases[ref], mode.endsWithMonitor else { return false }
        p.aliases.removeValue(forKey: ref)
        return true
    }

    /// Forgets the aliases of a process that exited; the caller holds `p.lock`.
    func takeAliasesLocked(_ p: ErlProcess) -> [Ref] {
        guard !p.aliases.isEmpty else { return [] }
        let refs = Array(p.aliases.keys)
        p.aliases.removeAll()
        return refs
    }

    /// `Ref ! Msg`: delivers `msg` to the owner of alias `ref` if the alias is active.
    func sendToAlias(_ ref: Ref, _ msg: Term, hint: Int?) {
        guard let owner = aliasTable.owner(ref) else { return }
        var ended = false
        var monitored: Pid?
        post(owner, hint: hint) { p in
            guard let mode = p.aliases[ref] else { return false }
            p.postLocked(msg)
            if mode.endsWithReply {
                p.aliases.removeValue(forKey: ref)
                ended = true
                if mode == .replyDemonitor { monitored = p.monitoring.removeValue(forKey: ref) }
            }
            return true
        }
        if ended { aliasTable.remove(ref) }
        // reply_demonitor: the reply ends the monitor too.
        if let t = monitored, let other = process(t) {
            other.lock.lock(); other.monitoredBy.removeValue(forKey: ref); other.lock.unlock()
        }
    }
}

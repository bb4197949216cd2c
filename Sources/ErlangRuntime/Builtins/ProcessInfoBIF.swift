/// erlang:process_info/1,2.
enum ProcessInfoBIF {
    static let defaultItems = ["current_function", "initial_call", "status", "message_queue_len",
                               "links", "dictionary", "trap_exit", "error_handler", "priority",
                               "group_leader", "total_heap_size", "heap_size", "stack_size",
                               "reductions", "garbage_collection", "suspending"]

    static func all(_ p: ErlProcess, _ pid: Pid) throws(ErlangError) -> Term {
        guard let target = p.vm.process(pid) else { return .undefined }
        if target === p { p.drainInbox() }
        target.lockWhenPaused(reader: p); defer { target.lock.unlock() }
        guard target.status != .exited else { return .undefined }
        var items: [Term] = []
        if let name = target.registeredName { items.append(.tuple(.atom("registered_name"), .atom(name))) }
        for key in defaultItems {
            if let v = value(p, target, key) { items.append(.tuple(.atom(key), v)) }
        }
        return Term.list(items)
    }

    static func item(_ p: ErlProcess, _ pid: Pid, _ what: Term) throws(ErlangError) -> Term {
        if let keys = what.listElements {
            guard let target = p.vm.process(pid) else { return .undefined }
            if target === p { p.drainInbox() }
            target.lockWhenPaused(reader: p); defer { target.lock.unlock() }
            guard target.status != .exited else { return .undefined }
            var out: [Term] = []
            for k in keys {
                guard case .atom(let a) = k else { throw .badarg }
                if a.name == "registered_name" {
                    out.append(.tuple(k, target.registeredName.map { Term.atom($0) } ?? .nil))
                    continue
                }
                guard let v = value(p, target, a.name) else { throw .badarg }
                out.append(.tuple(k, v))
            }
            return Term.list(out)
        }
        guard case .atom(let a) = what else { throw .badarg }
        guard let target = p.vm.process(pid) else { return .undefined }
        if target === p { p.drainInbox() }
        target.lockWhenPaused(reader: p); defer { target.lock.unlock() }
        guard target.status != .exited else { return .undefined }
        if a.name == "registered_name" {
            return target.registeredName.map { Term.tuple(what, .atom($0)) } ?? .nil
        }
        guard let v = value(p, target, a.name) else { throw .badarg }
        return .tuple(what, v)
    }

    /// The value of one item; the caller holds `t.lock`. Of another process only the fields
    /// its owner writes under that lock are read (see ErlProcess), and what its last time
    /// slice published (`lastCode`, `lastRegisters`): the answer is a snapshot, as in OTP.
    private static func value(_ p: ErlProcess, _ t: ErlProcess, _ key: String) -> Term? {
        let own = t === p
        switch key {
        case "status":
            if own { return .atom("running") }
            switch t.status {
            case .running: return .atom("running")
            case .runnable: return .atom("runnable")
            case .waiting: return .atom("waiting")
            case .exited: return .atom("exiting")
            }
        case "message_queue_len":
            return .int(t.messageCountLocked)
        case "messages":
            return Term.list(t.allMessagesLocked)
        case "links":
            return Term.list(t.links.sorted { $0.id < $1.id }.map { Term.pid($0) })
        case "monitors":
            return Term.list(t.monitoring.map { Term.tuple(.atom(.process), .pid($0.value)) })
        case "monitored_by":
            return Term.list(t.monitoredBy.values.map { Term.pid($0.watcher) })
        case "dictionary":
            return Term.list(t.dictionary.map { Term.tuple($0.key, $0.value) })
        case "trap_exit": return .bool(t.trapExit)
        case "current_function", "initial_call":
            if key == "current_function", let c = own ? t.code : t.lastCode, !c.isTrampoline {
                return .tuple(.atom(c.module), .atom(c.name), .int(c.arity))
            }
            let (m, f, a) = t.initialCall
            return .tuple(.atom(m), .atom(f), .int(a))
        case "current_stacktrace":
            if own || t.status != .running { return Interpreter.currentStacktrace(t) }
            return Interpreter.lastKnownStacktrace(t)
        case "current_location":
            let trace = own || t.status != .running ? Interpreter.currentStacktrace(t) : Interpreter.lastKnownStacktrace(t)
            if case .cons(let c) = trace { return c.head }
            let (m, f, a) = t.initialCall
            return .tuple(.atom(m), .atom(f), .int(a), .nil)
        case "reductions": return .int(t.reductions + (own ? 4000 - t.reductionsLeft : 0))
        case "group_leader": return .pid(t.groupLeader ?? t.pid)
        case "error_handler": return .atom("error_handler")
        case "priority": return .atom("normal")
        case "heap_size", "total_heap_size", "stack_size": return .int(registers(t, own))
        case "memory": return .int(registers(t, own) * MemoryLayout<Term>.stride + 400)
        case "garbage_collection": return .nil
        case "suspending": return .nil
        default: return nil
        }
    }

    private static func registers(_ t: ErlProcess, _ own: Bool) -> Int {
        own ? t.regs.capacity : max(Int(t.lastRegisters), 16)
    }
}

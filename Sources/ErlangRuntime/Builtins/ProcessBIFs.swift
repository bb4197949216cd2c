import Foundation

/// BIFs that need the runtime's internals: processes, messages, links, monitors,
/// registry, timers, exceptions, apply and halt.
public enum RuntimeBIFs {
    public static var tables: [BIFTable] { [erlang, erlangTimers, erlangAliases, introspection, initModule, processVariants, codeInfo] }

    static func pid(_ t: Term) throws(ErlangError) -> Pid {
        guard case .pid(let p) = t else { throw .badarg }
        return p
    }
    static func atom(_ t: Term) throws(ErlangError) -> Atom {
        guard case .atom(let a) = t else { throw .badarg }
        return a
    }
    static func list(_ t: Term) throws(ErlangError) -> [Term] {
        guard let l = t.listElements else { throw .badarg }
        return l
    }
    static func raise(_ kind: Atom, _ reason: Term) -> ErlangError {
        var e = ErlangError(kind, reason)
        e.raisedByCode = true
        return e
    }

    /// erlang:error/2,3: the calling function's stack frame shows `args` (when a list) in
    /// place of its arity, as if it had been called with them.
    static func raiseWithArgs(_ reason: Term, _ args: Term) -> ErlangError {
        var e = raise(.error, reason)
        if let list = args.listElements { e.bifArgs = list }
        return e
    }

    static let erlang = BIFTable(module: "erlang", [
        "self/0": { _, p throws(ErlangError) in .pid(p.pid) },
        "node/0": { _, _ throws(ErlangError) in .atom(.nonode) },
        "node/1": { _, _ throws(ErlangError) in .atom(.nonode) },
        "nodes/0": { _, _ throws(ErlangError) in .nil },
        "is_alive/0": { _, _ throws(ErlangError) in .false },
        "make_ref/0": { _, p throws(ErlangError) in .ref(p.vm.makeRef()) },

        // Spawning
        "spawn/1": { a, p throws(ErlangError) in try spawnFun(p, a[0], link: false) },
        "spawn_link/1": { a, p throws(ErlangError) in try spawnFun(p, a[0], link: true) },
        "spawn/3": { a, p throws(ErlangError) in try spawnMFA(p, a[0], a[1], a[2], link: false) },
        "spawn_link/3": { a, p throws(ErlangError) in try spawnMFA(p, a[0], a[1], a[2], link: true) },
        "spawn/2": { a, p throws(ErlangError) in try spawnFun(p, a[1], link: false) },
        "spawn/4": { a, p throws(ErlangError) in try spawnMFA(p, a[1], a[2], a[3], link: false) },
        "spawn_link/2": { a, p throws(ErlangError) in try spawnFun(p, a[1], link: true) },
        "spawn_link/4": { a, p throws(ErlangError) in try spawnMFA(p, a[1], a[2], a[3], link: true) },
        "spawn_monitor/1": { a, p throws(ErlangError) in
            guard case .fun(let f) = a[0], f.arity == 0 else { throw .badarg }
            return monitored(p.vm.spawn(module: nil, function: a[0], args: [], link: nil, from: p, monitorBy: p))
        },
        "spawn_monitor/3": { a, p throws(ErlangError) in
            guard case .atom = a[0], case .atom = a[1], let list = a[2].listElements else { throw .badarg }
            return monitored(p.vm.spawn(module: a[0], function: a[1], args: list, link: nil, from: p, monitorBy: p))
        },
        "spawn_opt/2": { a, p throws(ErlangError) in try spawnOpt(p, nil, a[0], .nil, a[1]) },
        "spawn_opt/4": { a, p throws(ErlangError) in try spawnOpt(p, a[0], a[1], a[2], a[3]) },

        // Messages
        "send/2": { a, p throws(ErlangError) in try p.vm.send(from: p, to: a[0], a[1]); return a[1] },
        "send/3": { a, p throws(ErlangError) in try p.vm.send(from: p, to: a[0], a[1]); return .ok },
        "!/2": { a, p throws(ErlangError) in try p.vm.send(from: p, to: a[0], a[1]); return a[1] },

        // Links, monitors, exits
        "link/1": { a, p throws(ErlangError) in try p.vm.link(p, try pid(a[0])); return .true },
        "unlink/1": { a, p throws(ErlangError) in p.vm.unlink(p, try pid(a[0])); return .true },
        "monitor/2": { a, p throws(ErlangError) in
            guard case .atom(let kind) = a[0], kind == .process else { throw .badarg }
            switch a[1] {
            case .pid, .atom: break
            case .tuple(let t) where t.count == 2: break
            default: throw .badarg
            }
            return .ref(p.vm.monitor(p, a[1]))
        },
        "demonitor/1": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0] else { throw .badarg }
            _ = p.vm.demonitor(p, r); return .true
        },
        "demonitor/2": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0], let opts = a[1].listElements else { throw .badarg }
            let active = p.vm.demonitor(p, r)
            if opts.contains(.atom("flush")) { p.vm.flushDown(p, r) }
            if opts.contains(.atom("info")) { return .bool(active) }
            return .true
        },
        "exit/1": { a, _ throws(ErlangError) in throw raise(.exit, a[0]) },
        "exit/2": { a, p throws(ErlangError) in
            switch a[0] {
            case .pid(let target): p.vm.sendExit(from: p, to: target, reason: a[1])
            default: throw .badarg
            }
            return .true
        },
        "error/1": { a, _ throws(ErlangError) in throw raise(.error, a[0]) },
        "error/2": { a, _ throws(ErlangError) in throw raiseWithArgs(a[0], a[1]) },
        "error/3": { a, _ throws(ErlangError) in throw raiseWithArgs(a[0], a[1]) },
        "throw/1": { a, _ throws(ErlangError) in throw raise(.throw, a[0]) },
        "raise/3": { a, _ throws(ErlangError) in
            // With a bad class or stack trace, raise/3 returns badarg instead of raising.
            guard case .atom(let cls) = a[0], [Atom.error, .exit, .throw].contains(cls),
                  a[2].listElements != nil else { return .atom(.badarg) }
            var e = raise(cls, a[1])
            e.stacktrace = a[2]
            throw e
        },
        "process_flag/2": { a, p throws(ErlangError) in
            guard case .atom(let flag) = a[0] else { throw .badarg }
            switch flag.name {
            case "trap_exit":
                guard case .atom(let v) = a[1], v == .true || v == .false else { throw .badarg }
                let old = p.trapExit
                p.lock.lock(); p.trapExit = v == .true; p.lock.unlock()
                return .bool(old)
            case "priority", "min_heap_size", "min_bin_vheap_size", "fullsweep_after", "message_queue_data", "sensitive", "max_heap_size":
                return flag.name == "priority" ? .atom("normal") : .false
            default: throw .badarg
            }
        },
        "is_process_alive/1": { a, p throws(ErlangError) in
            let target = try pid(a[0])
            guard let other = p.vm.process(target) else { return .false }
            other.lock.lock(); defer { other.lock.unlock() }
            return .bool(other.status != .exited)
        },
        "processes/0": { _, p throws(ErlangError) in Term.list(p.vm.processes.all.map { Term.pid($0.pid) }) },
        "process_info/1": { a, p throws(ErlangError) in try ProcessInfoBIF.all(p, try pid(a[0])) },
        "process_info/2": { a, p throws(ErlangError) in try ProcessInfoBIF.item(p, try pid(a[0]), a[1]) },
        "yield/0": { _, p throws(ErlangError) in p.pendingAction = .yield; return .true },
        "group_leader/0": { _, p throws(ErlangError) in
            p.lock.lock(); defer { p.lock.unlock() }
            return .pid(p.groupLeader ?? p.pid)
        },
        "group_leader/2": { a, p throws(ErlangError) in
            let leader = try pid(a[0])
            if let target = p.vm.process(try pid(a[1])) {
                target.lock.lock(); target.groupLeader = leader; target.lock.unlock()
            }
            return .true
        },

        // Registry
        "register/2": { a, p throws(ErlangError) in
            let name = try atom(a[0])
            guard name != .undefined, p.vm.register(name, try pid(a[1])) else { throw .badarg }
            return .true
        },
        "unregister/1": { a, p throws(ErlangError) in
            guard p.vm.unregister(try atom(a[0])) else { throw .badarg }
            return .true
        },
        "whereis/1": { a, p throws(ErlangError) in p.vm.whereis(try atom(a[0])).map { Term.pid($0) } ?? .undefined },
        "registered/0": { _, p throws(ErlangError) in Term.list(p.vm.registeredNames.map { Term.atom($0) }) },

        // Process dictionary
        "put/2": { a, p throws(ErlangError) in
            // Under the lock: process_info(P, dictionary) reads it from other processes.
            p.lock.lock(); defer { p.lock.unlock() }
            return p.dictionary.updateValue(a[1], forKey: a[0]) ?? .undefined
        },
        "get/1": { a, p throws(ErlangError) in p.dictionary[a[0]] ?? .undefined },
        "get/0": { _, p throws(ErlangError) in Term.list(p.dictionary.map { Term.tuple($0.key, $0.value) }) },
        "get_keys/0": { _, p throws(ErlangError) in Term.list(Array(p.dictionary.keys)) },
        "get_keys/1": { a, p throws(ErlangError) in Term.list(p.dictionary.filter { $0.value == a[0] }.map { $0.key }) },
        "erase/1": { a, p throws(ErlangError) in
            p.lock.lock(); defer { p.lock.unlock() }
            return p.dictionary.removeValue(forKey: a[0]) ?? .undefined
        },
        "erase/0": { _, p throws(ErlangError) in
            let all = Term.list(p.dictionary.map { Term.tuple($0.key, $0.value) })
            p.lock.lock(); p.dictionary.removeAll(); p.lock.unlock()
            return all
        },

        // Apply and code
        "apply/2": { a, p throws(ErlangError) in
            guard let args = a[1].listElements else { throw .badarg }
            p.pendingAction = .applyFun(a[0], args)
            return .nil
        },
        "apply/3": { a, p throws(ErlangError) in
            guard let args = a[2].listElements else { throw .badarg }
            p.pendingAction = .apply(a[0], a[1], args)
            return .nil
        },
        "make_fun/3": { a, _ throws(ErlangError) in
            guard case .atom(let m) = a[0], case .atom(let f) = a[1], case .int(let n) = a[2], n >= 0 else { throw .badarg }
            return .fun(ErlFun(kind: .external(module: m, function: f), module: m, name: f.name, arity: n, index: 0, uniq: 0))
        },
        "function_exported/3": { a, p throws(ErlangError) in
            guard case .atom(let m) = a[0], case .atom(let f) = a[1], case .int(let n) = a[2] else { throw .badarg }
            return .bool(p.vm.code.lookup(m, f, n) != nil && p.vm.code.isLoaded(m))
        },
        "module_loaded/1": { a, p throws(ErlangError) in .bool(p.vm.code.isLoaded(try atom(a[0]))) },
        "halt/0": { _, p throws(ErlangError) in p.pendingAction = .halt(0); return .ok },
        "halt/1": { a, p throws(ErlangError) in p.pendingAction = .halt(try haltStatus(a[0], p)); return .ok },
        "halt/2": { a, p throws(ErlangError) in p.pendingAction = .halt(try haltStatus(a[0], p)); return .ok },
    ])

    /// The parts of `init` that programs call: stopping the VM and its arguments.
    static let initModule = BIFTable(module: "init", [
        "stop/0": { _, p throws(ErlangError) in p.pendingAction = .halt(0); return .ok },
        "stop/1": { a, p throws(ErlangError) in p.pendingAction = .halt(try haltStatus(a[0], p)); return .ok },
        "get_plain_arguments/0": { _, _ throws(ErlangError) in .nil },
        "get_arguments/0": { _, _ throws(ErlangError) in .nil },
    ])

    static let erlangTimers = BIFTable(module: "erlang", [
        "send_after/3": { a, p throws(ErlangError) in try startTimer(p, a[0], a[1], a[2], wrap: false) },
        "send_after/4": { a, p throws(ErlangError) in try startTimer(p, a[0], a[1], a[2], wrap: false) },
        "start_timer/3": { a, p throws(ErlangError) in try startTimer(p, a[0], a[1], a[2], wrap: true) },
        "start_timer/4": { a, p throws(ErlangError) in try startTimer(p, a[0], a[1], a[2], wrap: true) },
        "cancel_timer/1": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0] else { throw .badarg }
            return p.vm.timers.cancel(r).map { Term.int($0) } ?? .false
        },
        "cancel_timer/2": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0] else { throw .badarg }
            let left = p.vm.timers.cancel(r).map { Term.int($0) } ?? .false
            if let opts = a[1].listElements, opts.contains(.tuple(.atom("async"), .true)) { return .ok }
            return left
        },
        "read_timer/1": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0] else { throw .badarg }
            return p.vm.timers.remaining(r).map { Term.int($0) } ?? .false
        },
    ])

    static func haltStatus(_ t: Term, _ p: ErlProcess) throws(ErlangError) -> Int32 {
        switch t {
        case .int(let n) where n >= 0: return Int32(truncatingIfNeeded: n)
        case .atom(let a) where a.name == "abort": return 134
        default:
            if let s = t.listElements {
                // halt("message"): prints the slogan and exits with 1.
                let text = String(String.UnicodeScalarView(s.compactMap { if case .int(let c) = $0 { return Unicode.Scalar(UInt32(c)) }; return nil }))
                p.vm.writeStderr(text + "\n")
                return 1
            }
            throw .badarg
        }
    }

    static func spawnFun(_ p: ErlProcess, _ f: Term, link: Bool) throws(ErlangError) -> Term {
        guard case .fun(let fun) = f, fun.arity == 0 else { throw .badarg }
        return .pid(p.vm.spawn(module: nil, function: f, args: [], link: link ? p : nil, from: p))
    }

    static func spawnMFA(_ p: ErlProcess, _ m: Term, _ f: Term, _ args: Term, link: Bool) throws(ErlangError) -> Term {
        guard case .atom = m, case .atom = f, let list = args.listElements else { throw .badarg }
        return .pid(p.vm.spawn(module: m, function: f, args: list, link: link ? p : nil, from: p))
    }

    static func monitored(_ r: (Pid, Ref?)) -> Term {
        .tuple(.pid(r.0), r.1.map { Term.ref($0) } ?? .undefined)
    }

    static func spawnOpt(_ p: ErlProcess, _ m: Term?, _ f: Term, _ args: Term, _ opts: Term) throws(ErlangError) -> Term {
        guard let options = opts.listElements, options.allSatisfy(isSpawnOption) else { throw .badarg }
        let link = options.contains(.atom("link"))
        let monitor = options.contains(.atom("monitor"))
        var list: [Term] = []
        if let m = m {
            guard case .atom = m, case .atom = f, let l = args.listElements else { throw .badarg }
            list = l
        } else {
            guard case .fun(let fun) = f, fun.arity == 0 else { throw .badarg }
        }
        let r = p.vm.spawn(module: m, function: f, args: list, link: link ? p : nil, from: p, monitorBy: monitor ? p : nil)
        return monitor ? monitored(r) : .pid(r.0)
    }

    /// The options spawn_opt accepts (swerl acts on link and monitor only).
    static func isSpawnOption(_ o: Term) -> Bool {
        switch o {
        case .atom(let a): return a.name == "link" || a.name == "monitor"
        case .tuple(let t) where t.count == 2:
            guard case .atom(let k) = t.elements[0] else { return false }
            return ["monitor", "priority", "fullsweep_after", "min_heap_size", "min_bin_vheap_size",
                    "max_heap_size", "message_queue_data", "async_dist"].contains(k.name)
        default: return false
        }
    }

    static func startTimer(_ p: ErlProcess, _ time: Term, _ dest: Term, _ msg: Term, wrap: Bool) throws(ErlangError) -> Term {
        guard case .int(let ms) = time, ms >= 0 else { throw .badarg }
        switch dest {
        case .pid, .atom: break
        default: throw .badarg
        }
        let ref = p.vm.makeRef()
        let message = wrap ? Term.tuple(.atom(.timeout), .ref(ref), msg) : msg
        p.vm.timers.sendAfter(ms: ms, dest: dest, message: message, ref: ref)
        return .ref(ref)
    }
}

/// The node-taking and option-taking variants of the process BIFs, and process BIFs that
/// the BEAM needs for its memory management and that swerl accepts with no effect.
extension RuntimeBIFs {
    static let processVariants = BIFTable(module: "erlang", [
        "spawn_monitor/2": { a, p throws(ErlangError) in
            try localNode(a[0])
            guard case .fun(let f) = a[1], f.arity == 0 else { throw .badarg }
            return monitored(p.vm.spawn(module: nil, function: a[1], args: [], link: nil, from: p, monitorBy: p))
        },
        "spawn_monitor/4": { a, p throws(ErlangError) in
            try localNode(a[0])
            guard case .atom = a[1], case .atom = a[2], let list = a[3].listElements else { throw .badarg }
            return monitored(p.vm.spawn(module: a[1], function: a[2], args: list, link: nil, from: p, monitorBy: p))
        },
        "spawn_opt/3": { a, p throws(ErlangError) in
            try localNode(a[0])
            return try spawnOpt(p, nil, a[1], .nil, a[2])
        },
        "spawn_opt/5": { a, p throws(ErlangError) in
            try localNode(a[0])
            return try spawnOpt(p, a[1], a[2], a[3], a[4])
        },
        // OTP 25 accepts only save_calls for another process (and swerl keeps no call history).
        "process_flag/3": { a, p throws(ErlangError) in
            guard case .pid = a[0], case .atom(let flag) = a[1], flag.name == "save_calls",
                  case .int(let n) = a[2], (0...10_000).contains(n) else { throw .badarg }
            return .int(0)
        },
        "read_timer/2": { a, p throws(ErlangError) in
            guard case .ref(let r) = a[0], let opts = a[1].listElements else { throw .badarg }
            let left = p.vm.timers.remaining(r).map { Term.int($0) } ?? .false
            if opts.contains(.tuple(.atom("async"), .true)) {
                try p.vm.send(from: p, to: .pid(p.pid), .tuple(.atom("read_timer"), a[0], left))
                return .ok
            }
            return left
        },
        "garbage_collect/1": { a, _ throws(ErlangError) in _ = try pid(a[0]); return .true },
        "garbage_collect/2": { a, _ throws(ErlangError) in
            _ = try pid(a[0]); _ = try list(a[1]); return .true
        },
        "bump_reductions/1": { a, p throws(ErlangError) in
            guard case .int(let n) = a[0], n >= 0 else { throw .badarg }
            p.reductions += n
            return .true
        },
        // There is no distribution, so a send never has to wait for a busy connection.
        "send_nosuspend/2": { a, p throws(ErlangError) in try p.vm.send(from: p, to: a[0], a[1]); return .true },
        "send_nosuspend/3": { a, p throws(ErlangError) in
            _ = try list(a[2])
            try p.vm.send(from: p, to: a[0], a[1]); return .true
        },
        "nodes/1": { a, _ throws(ErlangError) in try nodes(a[0]) },
        "nodes/2": { a, _ throws(ErlangError) in
            guard case .map = a[1] else { throw .badarg }
            return try nodes(a[0])
        },
        // Approximation: calls M:F(A) at once (OTP waits for a message first) and keeps the
        // caller's stack, so the call returns to the caller if M:F returns.
        "hibernate/3": { a, p throws(ErlangError) in
            guard case .atom = a[0], case .atom = a[1], let args = a[2].listElements else { throw .badarg }
            p.pendingAction = .apply(a[0], a[1], args)
            return .nil
        },
        "system_flag/2": { a, p throws(ErlangError) in try systemFlag(p, a[0], a[1]) },
    ])

    /// The node argument of a spawn variant: only this node exists.
    static func localNode(_ t: Term) throws(ErlangError) {
        guard case .atom(let n) = t, n == .nonode else { throw .badarg }
    }

    /// nodes/1: with one node and no connections, only `this` (alone or in a list) names one.
    static func nodes(_ arg: Term) throws(ErlangError) -> Term {
        let kinds = ["this", "visible", "hidden", "connected", "known"]
        let asked: [Term]
        if case .atom = arg { asked = [arg] } else { asked = try list(arg) }
        var out: [Term] = []
        for k in asked {
            guard case .atom(let a) = k, kinds.contains(a.name) else { throw .badarg }
            if a.name == "this" || a.name == "known", out.isEmpty { out = [.atom(.nonode)] }
        }
        return Term.list(out)
    }

    /// The per-VM flags that programs set and restore; each returns the old value. Others
    /// are refused with badarg.
    static func systemFlag(_ p: ErlProcess, _ flag: Term, _ value: Term) throws(ErlangError) -> Term {
        guard case .atom(let f) = flag, case .int(let n) = value else { throw .badarg }
        switch f.name {
        case "backtrace_depth":
            guard n >= 0 else { throw .badarg }
            return .int(SystemFlags.shared.exchange("backtrace_depth", min(n, 10_000), initial: 8))
        case "schedulers_online":
            guard (1...p.vm.schedulerCount).contains(n) else { throw .badarg }
            return .int(SystemFlags.shared.exchange("schedulers_online", n, initial: p.vm.schedulerCount))
        default:
            throw .badarg
        }
    }
}

/// Values of system_flag/2 flags that swerl records but does not act on.
final class SystemFlags: @unchecked Sendable {
    static let shared = SystemFlags()
    private let lock = InlineLock()
    private var values: [String: Int] = [:]

    func exchange(_ name: String, _ new: Int, initial: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        let old = values[name] ?? initial
        values[name] = new
        return old
    }
}

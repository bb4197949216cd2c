import ErlangRuntime

/// give_away/3, setopts/2 (heir) and slot/2.
///
/// Heirs are recorded (ets:info(T, heir) shows them) but not acted on: tables of dead
/// owners are deleted lazily (see EtsRegistry), with no exit hook that could hand them
/// to the heir.
extension EtsBIFs {
    static let ownership: [String: BIFFunction] = [
        "give_away/3": { a, p throws(ErlangError) in
            let registry = registry(p)
            guard let t = registry.find(a[0], vm: p.vm), t.owner == p.pid,
                  case .pid(let to) = a[1], to != p.pid, p.vm.process(to) != nil else { throw .badarg }
            registry.lock.lock()
            t.owner = to
            registry.lock.unlock()
            try p.vm.send(from: p, to: a[1], .tuple(.atom("ETS-TRANSFER"), tid(t), .pid(p.pid), a[2]))
            return .true
        },
        "setopts/2": { a, p throws(ErlangError) in
            guard let t = registry(p).find(a[0], vm: p.vm), t.owner == p.pid else { throw .badarg }
            let options: [Term]
            if case .tuple = a[1] { options = [a[1]] } else { options = try listArg(a[1]) }
            var heir = t.heir
            for option in options {
                guard case .tuple(let o) = option, o[0] == .atom("heir") else { throw .badarg }
                if o.count == 2 && o[1] == .atom("none") {
                    heir = .atom("none")
                } else if o.count == 3, case .pid = o[1] {
                    heir = o[1]
                } else {
                    throw .badarg
                }
            }
            t.heir = heir
            return .true
        },
        // The objects in traversal order, one per slot (OTP's slots of set and bag tables
        // are hash buckets, which may hold several objects or none).
        "slot/2": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            guard case .int(let i) = a[1], i >= 0 else { throw .badarg }
            let objects = locked(t) { t.objects }
            if i < objects.count { return .list([objects[i]]) }
            if i == objects.count { return endOfTable }
            throw .badarg
        },
    ]
}

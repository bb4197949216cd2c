/// erlang:alias/0,1, erlang:unalias/1 and erlang:monitor/3 (monitors that are also aliases).
extension RuntimeBIFs {
    static let erlangAliases = BIFTable(module: "erlang", [
        "alias/0": { _, p throws(ErlangError) in
            let ref = p.vm.makeRef()
            p.vm.activateAlias(p, ref, .explicitUnalias)
            return .ref(ref)
        },
        "alias/1": { a, p throws(ErlangError) in
            let mode = try aliasMode(a[0])
            let ref = p.vm.makeRef()
            p.vm.activateAlias(p, ref, mode)
            return .ref(ref)
        },
        "unalias/1": { a, p throws(ErlangError) in
            guard case .ref(let ref) = a[0] else { throw .badarg }
            return .bool(p.vm.unalias(p, ref))
        },
        "monitor/3": { a, p throws(ErlangError) in
            guard case .atom(let kind) = a[0], kind == .process else { throw .badarg }
            switch a[1] {
            case .pid, .atom: break
            case .tuple(let t) where t.count == 2: break
            default: throw .badarg
            }
            let options = try monitorOptions(a[2])
            return .ref(p.vm.monitor(p, a[1], alias: options.alias, tag: options.tag))
        },
    ])

    /// alias/1's options: `explicit_unalias` or `reply`, the last one counting.
    static func aliasMode(_ options: Term) throws(ErlangError) -> AliasMode {
        var mode = AliasMode.explicitUnalias
        for option in try list(options) {
            switch option {
            case .atom(let a) where a.name == "explicit_unalias": mode = .explicitUnalias
            case .atom(let a) where a.name == "reply": mode = .reply
            default: throw .badarg
            }
        }
        return mode
    }

    /// monitor/3's options: `{alias, explicit_unalias | demonitor | reply_demonitor}` (no
    /// alias without one) and `{tag, Tag}` ('DOWN' without one), the last of each counting.
    static func monitorOptions(_ options: Term) throws(ErlangError) -> (alias: AliasMode?, tag: Term) {
        var mode: AliasMode?
        var tag = Term.atom(.DOWN)
        for option in try list(options) {
            guard case .tuple(let t) = option, t.count == 2, case .atom(let key) = t.elements[0] else { throw .badarg }
            switch (key.name, t.elements[1]) {
            case ("tag", let value): tag = value
            case ("alias", .atom(let value)) where value.name == "explicit_unalias": mode = .explicitUnalias
            case ("alias", .atom(let value)) where value.name == "demonitor": mode = .demonitor
            case ("alias", .atom(let value)) where value.name == "reply_demonitor": mode = .replyDemonitor
            default: throw .badarg
            }
        }
        return (mode, tag)
    }
}

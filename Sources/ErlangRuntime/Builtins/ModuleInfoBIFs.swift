/// What `M:module_info/0,1` and `erlang:get_module_info/1,2` report about a module.
struct ModuleInfo {
    static let functionName = Atom("module_info")

    let name: Atom
    let exports: [FunctionKey]
    let functions: [FunctionKey]
    let attributes: [Term]
    let file: String

    /// The module_info/0,1 of module `m` (OTP's compiler generates them in every module;
    /// here they are resolved by the code server for Erlang and Swift modules alike).
    static func bif(for m: Atom, arity: Int) -> BIFFunction {
        if arity == 0 { return { _, p throws(ErlangError) in try all(p, m) } }
        return { a, p throws(ErlangError) in try item(p, m, a[0]) }
    }

    /// module_info/0: the items OTP 25 lists, in its order.
    static func all(_ p: ErlProcess, _ m: Atom) throws(ErlangError) -> Term {
        guard let info = p.vm.code.moduleInfo(m) else { throw .badarg }
        return Term.list(["module", "exports", "attributes", "compile", "md5"].map {
            Term.tuple(.atom(Atom($0)), info.item($0) ?? .nil)
        })
    }

    static func item(_ p: ErlProcess, _ m: Atom, _ key: Term) throws(ErlangError) -> Term {
        guard case .atom(let k) = key, let info = p.vm.code.moduleInfo(m), let v = info.item(k.name) else { throw .badarg }
        return v
    }

    private static func pairs(_ keys: [FunctionKey]) -> Term {
        Term.list(keys.map { Term.tuple(.atom($0.name), .int($0.arity)) })
    }

    func item(_ key: String) -> Term? {
        switch key {
        case "module": return .atom(name)
        case "exports": return Self.pairs(exports)
        case "functions": return Self.pairs(functions)
        case "attributes": return Term.list(attributes)
        case "compile": return Term.list([.tuple(.atom("version"), .string("8.2.3")), .tuple(.atom("options"), .nil)])
        case "md5": return md5Standin
        case "nifs": return .nil
        case "native": return .false
        default: return nil
        }
    }

    /// Sixteen bytes that identify the module's name and file. Not an MD5 of code: swerl has
    /// no BEAM code to digest (documented in SUPPORTED.md).
    private var md5Standin: Term {
        var bytes: [UInt8] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for round in 0..<2 {
            for b in (name.name + "\u{0}" + file + String(round)).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: h >> (8 * UInt64(i)))) }
        }
        return .binary(Bits(bytes))
    }
}

/// erlang BIFs about loaded code: get_module_info/1,2, loaded/0, pre_loaded/0, is_builtin/3.
extension RuntimeBIFs {
    static let codeInfo = BIFTable(module: "erlang", [
        "get_module_info/1": { a, p throws(ErlangError) in try ModuleInfo.all(p, try atom(a[0])) },
        "get_module_info/2": { a, p throws(ErlangError) in try ModuleInfo.item(p, try atom(a[0]), a[1]) },
        "loaded/0": { _, p throws(ErlangError) in
            Term.list(p.vm.code.loadedModuleNames.map { Term.atom($0) } + preloaded)
        },
        "pre_loaded/0": { _, _ throws(ErlangError) in Term.list(preloaded) },
        "is_builtin/3": { a, p throws(ErlangError) in
            guard case .atom(let m) = a[0], case .atom(let f) = a[1], case .int(let n) = a[2], n >= 0 else { throw .badarg }
            return .bool(p.vm.code.bif(m, f, n) != nil)
        },
    ])

    /// The modules OTP preloads that swerl also has, built in.
    private static let preloaded: [Term] = ["erlang", "init", "atomics", "counters", "persistent_term"].map { Term.atom(Atom($0)) }
}

import Foundation

/// erlang BIFs that look at the runtime itself: fun_info, pid/ref text, statistics,
/// system_info, memory.
extension RuntimeBIFs {
    static let introspection = BIFTable(module: "erlang", [
        "fun_info/1": { a, _ throws(ErlangError) in
            guard case .fun(let f) = a[0] else { throw .badarg }
            let keys = f.isLocal ? ["pid", "module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type"]
                                 : ["module", "name", "arity", "env", "type"]
            return Term.list(keys.map { Term.tuple(.atom($0), funInfo(f, $0)) })
        },
        "fun_info/2": { a, _ throws(ErlangError) in
            guard case .fun(let f) = a[0], case .atom(let k) = a[1] else { throw .badarg }
            let known = ["pid", "module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type", "refs"]
            guard known.contains(k.name) else { throw .badarg }
            return .tuple(a[1], funInfo(f, k.name))
        },
        "pid_to_list/1": { a, _ throws(ErlangError) in
            guard case .pid(let p) = a[0] else { throw .badarg }
            return .string("<0.\(p.id).0>")
        },
        "list_to_pid/1": { a, _ throws(ErlangError) in
            guard let cs = a[0].listElements else { throw .badarg }
            let s = String(String.UnicodeScalarView(cs.compactMap { $0.asInt.flatMap { Unicode.Scalar(UInt32($0)) } }))
            let parts = s.dropFirst().dropLast().split(separator: ".")
            guard s.hasPrefix("<"), s.hasSuffix(">"), parts.count == 3, let n = Int(parts[1]) else { throw .badarg }
            return .pid(Pid(n))
        },
        "ref_to_list/1": { a, _ throws(ErlangError) in
            guard case .ref(let r) = a[0] else { throw .badarg }
            return .string("#Ref<0.0.0.\(r.id)>")
        },
        "statistics/1": { a, p throws(ErlangError) in
            guard case .atom(let what) = a[0] else { throw .badarg }
            let ms = Int(ProcessInfo.processInfo.systemUptime * 1000)
            switch what.name {
            case "runtime", "wall_clock":
                let last = p.dictionary[.tuple(.atom("$statistics"), a[0])]?.asInt ?? 0
                p.dictionary[.tuple(.atom("$statistics"), a[0])] = .int(ms)
                return .tuple(.int(ms), .int(ms - last))
            case "reductions": return .tuple(.int(p.reductions), .int(0))
            case "run_queue": return .int(0)
            case "process_count": return .int(p.vm.processes.count)
            default: throw .badarg
            }
        },
        "system_info/1": { a, p throws(ErlangError) in
            guard case .atom(let what) = a[0] else { throw .badarg }
            switch what.name {
            case "schedulers", "schedulers_online": return .int(p.vm.schedulerCount)
            case "logical_processors", "logical_processors_available": return .int(ProcessInfo.processInfo.activeProcessorCount)
            case "otp_release": return .string("25")
            case "process_count": return .int(p.vm.processes.count)
            case "process_limit": return .int(134_217_727)
            case "wordsize": return .int(8)
            case "machine": return .string("BEAM")
            case "version": return .string("13.0")
            case "system_version": return .string("Erlang/OTP 25 [swerl]\n")
            case "atom_count": return .int(AtomTable.shared.count)
            default: throw .badarg
            }
        },
        "memory/0": { _, p throws(ErlangError) in
            let total = residentBytes()
            return Term.list([.tuple(.atom("total"), .int(total)), .tuple(.atom("processes"), .int(total / 2))])
        },
        "memory/1": { a, _ throws(ErlangError) in
            guard case .atom = a[0] else { throw .badarg }
            return .int(residentBytes())
        },
        "display/1": { a, p throws(ErlangError) in
            p.vm.writeStdout((p.vm.formatTerm?(a[0]) ?? "") + "\n")
            return .true
        },
    ])

    private static func funInfo(_ f: ErlFun, _ key: String) -> Term {
        switch key {
        case "module": return .atom(f.module)
        case "name": return .atom(Atom(f.name))
        case "arity": return .int(f.arity)
        case "type": return .atom(f.isLocal ? "local" : "external")
        case "env":
            if case .local(_, let env) = f.kind { return Term.list(env) }
            return .nil
        case "index", "new_index": return .int(f.index)
        case "uniq", "new_uniq": return .int(f.uniq)
        case "pid": return .undefined
        default: return .nil
        }
    }

    /// Resident set size of this OS process, from /proc.
    static func residentBytes() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let parts = s.split(separator: " ")
        guard parts.count > 1, let pages = Int(parts[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

extension ErlFun {
    var isLocal: Bool { if case .local = kind { return true }; return false }
}

/// The guard BIFs an `-if` condition may call, over constant terms.
enum GuardBIFs {
    typealias Implementation = ([ConstantTerm]) throws(EvaluationFailure) -> ConstantTerm

    static func implementation(_ name: String, _ arity: Int) -> Implementation? {
        table["\(name)/\(arity)"]
    }

    /// Auto-imported BIFs that are not allowed in guards: calling one in `-if`
    /// makes the condition badly formed (an unknown function merely fails).
    static func isOtherAutoImportedBIF(_ name: String) -> Bool { nonGuardAutoImported.contains(name) }

    private static let table: [String: Implementation] = [
        "is_atom/1": typeTest { if case .atom = $0 { return true }; return false },
        "is_integer/1": typeTest { switch $0 { case .integer, .bigInteger: return true; default: return false } },
        "is_float/1": typeTest { if case .float = $0 { return true }; return false },
        "is_number/1": typeTest { $0.numberOrNil != nil },
        "is_boolean/1": typeTest { $0.asBool != nil },
        "is_list/1": typeTest { if case .list = $0 { return true }; return false },
        "is_tuple/1": typeTest { if case .tuple = $0 { return true }; return false },
        "is_map/1": typeTest { if case .map = $0 { return true }; return false },
        "is_binary/1": typeTest { if case .binary = $0 { return true }; return false },
        "is_bitstring/1": typeTest { if case .binary = $0 { return true }; return false },
        "is_pid/1": typeTest { _ in false },
        "is_port/1": typeTest { _ in false },
        "is_reference/1": typeTest { _ in false },
        "is_function/1": typeTest { _ in false },
        "is_function/2": { (_: [ConstantTerm]) throws(EvaluationFailure) in .false },
        "abs/1": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard let n = a[0].numberOrNil else { throw EvaluationFailure() }
            return n.numericValue < 0 ? try Operators.unary("-", n) : n
        },
        "length/1": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard case .list(let es, nil) = a[0] else { throw EvaluationFailure() }
            return .integer(es.count)
        },
        "hd/1": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard let (h, _) = a[0].splitHead() else { throw EvaluationFailure() }
            return h
        },
        "tl/1": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard let (_, t) = a[0].splitHead() else { throw EvaluationFailure() }
            return t
        },
        "element/2": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard case .integer(let i) = a[0], case .tuple(let es) = a[1], i >= 1, i <= es.count else { throw EvaluationFailure() }
            return es[i - 1]
        },
        "tuple_size/1": sizeOf { if case .tuple(let es) = $0 { return es.count }; return nil },
        "map_size/1": sizeOf { if case .map(let ps) = $0 { return ps.count }; return nil },
        "byte_size/1": sizeOf { if case .binary(let bs) = $0 { return bs.count }; return nil },
        "bit_size/1": sizeOf { if case .binary(let bs) = $0 { return bs.count * 8 }; return nil },
        "size/1": sizeOf {
            switch $0 {
            case .tuple(let es): return es.count
            case .binary(let bs): return bs.count
            default: return nil
            }
        },
        "float/1": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard let f = a[0].floatValue else { throw EvaluationFailure() }
            return .float(f)
        },
        "trunc/1": rounding { $0.rounded(.towardZero) },
        "round/1": rounding { $0.rounded(.toNearestOrAwayFromZero) },
        "floor/1": rounding { $0.rounded(.down) },
        "ceil/1": rounding { $0.rounded(.up) },
        "is_map_key/2": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard case .map(let ps) = a[1] else { throw EvaluationFailure() }
            return .boolean(ps.contains { $0.key == a[0] })
        },
        "map_get/2": { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard case .map(let ps) = a[1], let p = ps.first(where: { $0.key == a[0] }) else { throw EvaluationFailure() }
            return p.value
        },
        "node/0": { (_: [ConstantTerm]) throws(EvaluationFailure) in .atom("nonode@nohost") },
    ]

    private static func typeTest(_ test: @escaping (ConstantTerm) -> Bool) -> Implementation {
        { (a: [ConstantTerm]) throws(EvaluationFailure) in .boolean(test(a[0])) }
    }

    private static func sizeOf(_ size: @escaping (ConstantTerm) -> Int?) -> Implementation {
        { (a: [ConstantTerm]) throws(EvaluationFailure) in
            guard let n = size(a[0]) else { throw EvaluationFailure() }
            return .integer(n)
        }
    }

    private static func rounding(_ round: @escaping (Double) -> Double) -> Implementation {
        { (a: [ConstantTerm]) throws(EvaluationFailure) in
            switch a[0] {
            case .integer, .bigInteger: return a[0]
            case .float(let f):
                let r = round(f)
                guard let i = Int(exactly: r) else { throw EvaluationFailure() }
                return .integer(i)
            default: throw EvaluationFailure()
            }
        }
    }

    private static let nonGuardAutoImported: Set<String> = [
        "apply", "atom_to_binary", "atom_to_list", "binary_to_atom", "binary_to_existing_atom",
        "binary_to_float", "binary_to_integer", "binary_to_list", "binary_to_term", "bitstring_to_list",
        "check_process_code", "demonitor", "disconnect_node", "erase", "exit", "float_to_binary",
        "float_to_list", "garbage_collect", "get", "get_keys", "group_leader", "halt",
        "integer_to_binary", "integer_to_list", "iolist_size", "iolist_to_binary", "is_alive",
        "is_process_alive", "link", "list_to_atom", "list_to_binary", "list_to_bitstring",
        "list_to_existing_atom", "list_to_float", "list_to_integer", "list_to_pid", "list_to_tuple",
        "load_module", "make_ref", "monitor", "monitor_node", "nodes", "open_port", "pid_to_list",
        "port_close", "port_command", "port_connect", "port_control", "process_flag", "process_info",
        "processes", "purge_module", "put", "register", "registered", "setelement", "spawn",
        "spawn_link", "spawn_monitor", "spawn_opt", "split_binary", "statistics", "term_to_binary",
        "throw", "time", "tuple_to_list", "unlink", "unregister", "whereis", "date", "error",
        "min", "max",   // guard BIFs only from OTP 26
    ]
}

/// Atoms the runtime uses constantly, interned at start-up with fixed ids so that
/// comparing against them costs one integer compare.
extension Atom {
    static let preinterned: [String] = [
        "true", "false", "ok", "error", "exit", "throw", "undefined", "normal", "kill", "killed",
        "badarg", "badarith", "badmatch", "function_clause", "case_clause", "if_clause",
        "try_clause", "undef", "badfun", "badarity", "badkey", "badmap", "noproc", "EXIT", "DOWN",
        "process", "infinity", "timeout", "nocatch", "system_limit", "badrecord", "", "nonode@nohost",
        "erlang", "file", "line", "trap_exit", "error_info", "module", "function", "arity", "env",
        "type", "local", "external", "name", "noconnection", "unicode", "latin1", "utf8",
        "badfile", "all", "messages", "links", "monitors", "registered_name", "dictionary",
        "status", "running", "runnable", "waiting", "message_queue_len", "current_function",
        "reductions", "group_leader", "trap_exit", "nil",
    ]
    public static let `true` = Atom(id: 0)
    public static let `false` = Atom(id: 1)
    public static let ok = Atom(id: 2)
    public static let error = Atom(id: 3)
    public static let exit = Atom(id: 4)
    public static let `throw` = Atom(id: 5)
    public static let undefined = Atom(id: 6)
    public static let normal = Atom(id: 7)
    public static let kill = Atom(id: 8)
    public static let killed = Atom(id: 9)
    public static let badarg = Atom(id: 10)
    public static let badarith = Atom(id: 11)
    public static let badmatch = Atom(id: 12)
    public static let functionClause = Atom(id: 13)
    public static let caseClause = Atom(id: 14)
    public static let ifClause = Atom(id: 15)
    public static let tryClause = Atom(id: 16)
    public static let undef = Atom(id: 17)
    public static let badfun = Atom(id: 18)
    public static let badarity = Atom(id: 19)
    public static let badkey = Atom(id: 20)
    public static let badmap = Atom(id: 21)
    public static let noproc = Atom(id: 22)
    public static let EXIT = Atom(id: 23)
    public static let DOWN = Atom(id: 24)
    public static let process = Atom(id: 25)
    public static let infinity = Atom(id: 26)
    public static let timeout = Atom(id: 27)
    public static let nocatch = Atom(id: 28)
    public static let systemLimit = Atom(id: 29)
    public static let badrecord = Atom(id: 30)
    public static let empty = Atom(id: 31)
    public static let nonode = Atom(id: 32)
    public static let erlang = Atom(id: 33)
}

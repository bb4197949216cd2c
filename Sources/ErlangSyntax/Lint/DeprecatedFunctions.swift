// Deprecated and removed OTP functions that erlc warns about when they are called.
// A selection recorded from OTP 25's otp_internal:obsolete/3 (the commonly called ones).

enum DeprecatedFunctions {
    enum Status {
        case deprecated(String)
        /// Deprecated, with the release that removes it.
        case deprecatedUntil(String, release: String)
        case removed(String)
    }

    private static let useRand = "use the 'rand' module instead"
    private static let useStatem = "use the 'gen_statem' module instead"
    private static let usePeer = "use the 'peer' module instead"

    /// Every function of these modules.
    private static let modules: [String: Status] = [
        "random": .deprecated(useRand),
        "gen_fsm": .deprecated(useStatem),
        "pg2": .removed("this module was removed in OTP 24. Use 'pg' instead"),
    ]

    /// Keys "module:name/arity".
    private static let functions: [String: Status] = [
        "erlang:now/0": .deprecated(
            "see the \"Time and Time Correction in Erlang\" chapter of the ERTS User's Guide for more information"),
        "erlang:phash/2": .deprecated("use erlang:phash2/2 instead"),
        "erlang:hash/2": .removed("use erlang:phash2/2 instead"),
        "erlang:get_stacktrace/0": .removed("use the new try/catch syntax for retrieving the stack backtrace"),
        "calendar:local_time_to_universal_time/1":
            .deprecated("use calendar:local_time_to_universal_time_dst/1 instead"),
        "queue:lait/1": .deprecated("use queue:liat/1 instead"),
        "code:rehash/0": .deprecatedUntil("the code path cache feature has been removed", release: "OTP 26"),
        "code:is_module_native/1": .deprecatedUntil("HiPE has been removed", release: "OTP 26"),
        "rpc:safe_multi_server_call/2": .removed("use rpc:multi_server_call/2 instead"),
        "rpc:safe_multi_server_call/3": .removed("use rpc:multi_server_call/3 instead"),
        "filename:safe_relative_path/1": .removed("use filelib:safe_relative_path/2 instead"),
        "net:ping/1": .deprecated("use net_adm:ping/1 instead"),
        "net:sleep/1": .deprecated("use 'receive after T -> ok end' instead"),
        "slave:start/1": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:start/2": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:start/3": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:start_link/1": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:start_link/2": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:start_link/3": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:stop/1": .deprecatedUntil(usePeer, release: "OTP 27"),
        "slave:pseudo/1": .deprecatedUntil(usePeer, release: "OTP 27"),
    ]

    static func status(module: String, _ f: FunctionName) -> Status? {
        functions["\(module):\(f)"] ?? modules[module]
    }
}

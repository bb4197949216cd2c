/// The command line, parsed: escript mode (`swerl FILE.erl ARGS...`) or erl mode
/// (`swerl [+S N] [-pa DIR]... [-noshell] [-eval E]... [-s M [F [ARGS]]]...`).
struct CommandLineOptions {
    enum Action: Equatable {
        case help, version
        case script(file: String, args: [String])
        case erl
    }
    var action: Action = .erl
    var schedulers: Int?
    var codePaths: [String] = []
    var noshell = false
    /// One scheduler and virtual time: reproducible schedules for tests.
    var deterministic = false
    /// -eval expressions and -s/-run calls, in command-line order.
    var startup: [Startup] = []

    enum Startup: Equatable {
        case eval(String)
        case call(module: String, function: String, args: [String], asStrings: Bool)
    }

    struct UsageError: Error { let message: String }

    static func parse(_ argv: [String]) throws -> CommandLineOptions {
        var o = CommandLineOptions()
        var i = 0
        func value(_ flag: String) throws -> String {
            i += 1
            guard i < argv.count else { throw UsageError(message: "missing argument after \(flag)") }
            return argv[i]
        }
        while i < argv.count {
            let a = argv[i]
            switch a {
            case "--help", "-h", "-help": o.action = .help; return o
            case "--version", "-version": o.action = .version; return o
            case "+S":
                let v = try value(a)
                guard let n = Int(v.split(separator: ":").first ?? ""), n >= 1, n <= 1024 else {
                    throw UsageError(message: "bad scheduler count: \(v)")
                }
                o.schedulers = n
            case "-pa", "-pz":
                i += 1
                while i < argv.count && !argv[i].hasPrefix("-") && !argv[i].hasPrefix("+") {
                    o.codePaths.append(argv[i]); i += 1
                }
                continue
            case "-noshell", "-noinput": o.noshell = true
            case "-deterministic", "+deterministic": o.deterministic = true
            case "-eval": o.startup.append(.eval(try value(a)))
            case "-s", "-run":
                let m = try value(a)
                var rest: [String] = []
                i += 1
                while i < argv.count && !argv[i].hasPrefix("-") && !argv[i].hasPrefix("+") { rest.append(argv[i]); i += 1 }
                let f = rest.isEmpty ? "start" : rest.removeFirst()
                o.startup.append(.call(module: m, function: f, args: rest, asStrings: a == "-run"))
                continue
            default:
                if a.hasPrefix("-") || a.hasPrefix("+") {
                    throw UsageError(message: "unknown option: \(a)")
                }
                o.action = .script(file: a, args: Array(argv[(i + 1)...]))
                return o
            }
            i += 1
        }
        return o
    }

    static let usage = """
    Usage:
      swerl FILE.erl [ARGS...]          run FILE.erl like `escript FILE.erl ARGS...`
      swerl [OPTIONS]                   erl-style start-up
    Options:
      +S N              run N scheduler threads (default: number of cores)
      -pa DIR...        add DIRs to the code path (modules are loaded from DIR/MOD.erl)
      -noshell          do not start the interactive shell
      -deterministic    one scheduler and virtual time (timers fire as soon as all
                        processes wait): reproducible runs for tests
      -eval EXPRS       evaluate Erlang expressions (e.g. -eval 'io:format("hi~n"), halt().')
      -s MOD [FUNC [ARGS...]]   call MOD:FUNC([ARGS as atoms]) (FUNC defaults to start)
      -run MOD [FUNC [ARGS...]] call MOD:FUNC([ARGS as strings])
      --help, --version

    """
}

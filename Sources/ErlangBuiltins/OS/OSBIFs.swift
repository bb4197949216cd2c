import ErlangRuntime
import Foundation

/// The `os` module: environment, clocks, the system's identity and executables.
/// `os:cmd/1,2` is Erlang code in stdlib/os.erl over `swerl_os:cmd_start/2` (ShellCommand).
enum OSBIFs {
    static let tables: [BIFTable] = [table, ShellCommand.table]

    static let table = BIFTable(module: "os", [
        "getenv/0": { _, _ in Term.list(Environment.all().map(Term.string)) },
        "getenv/1": { a, _ throws(ErlangError) in
            guard let value = Environment.get(try envName(a[0])) else { return .false }
            return .string(value)
        },
        "getenv/2": { a, _ throws(ErlangError) in
            guard let value = Environment.get(try envName(a[0])) else { return a[1] }
            return .string(value)
        },
        "putenv/2": { a, _ throws(ErlangError) in
            let name = try envName(a[0])
            guard !name.contains("="), let value = envText(a[1]) else { throw .badarg }
            setenv(name, value, 1)
            return .true
        },
        "unsetenv/1": { a, _ throws(ErlangError) in
            unsetenv(try envName(a[0]))
            return .true
        },
        "timestamp/0": { _, _ in
            let micros = Clock.systemNanoseconds() / 1000
            return .tuple(.int(micros / 1_000_000_000_000), .int(micros / 1_000_000 % 1_000_000),
                          .int(micros % 1_000_000))
        },
        "system_time/0": { _, _ in .int(Clock.systemNanoseconds()) },
        "system_time/1": { a, _ throws(ErlangError) in try TimeUnit(a[0]).fromNanoseconds(Clock.systemNanoseconds()) },
        "perf_counter/0": { _, _ in .int(Clock.monotonicNanoseconds()) },
        "perf_counter/1": { a, _ throws(ErlangError) in
            try TimeUnit(a[0]).fromNanoseconds(Clock.monotonicNanoseconds())
        },
        "type/0": { _, _ in .tuple(.atom("unix"), .atom("linux")) },
        "version/0": { _, _ in kernelVersion() },
        "getpid/0": { _, _ in .string(String(getpid())) },
        "find_executable/1": { a, _ throws(ErlangError) in
            try findExecutable(a[0], searchPath: Environment.get("PATH") ?? "")
        },
        "find_executable/2": { a, _ throws(ErlangError) in
            guard let path = envText(a[1]) else { throw .functionClause }
            return try findExecutable(a[0], searchPath: path)
        },
    ])

    /// A variable name: a flat string (OTP rejects atoms and binaries with badarg).
    static func envName(_ t: Term) throws(ErlangError) -> String {
        guard case .cons = t, let name = envText(t) else {
            if case .nil = t { return "" }
            throw .badarg
        }
        return name
    }

    static func envText(_ t: Term) -> String? {
        if case .nil = t { return "" }
        guard case .cons = t, let chars = IOText.flatString(t), !chars.contains(0) else { return nil }
        return IOText.string(chars)
    }

    /// `{Major, Minor, Release}` from uname's release text ("6.1.0-13-amd64" -> {6,1,0}).
    static func kernelVersion() -> Term {
        var info = utsname()
        uname(&info)
        let release = withUnsafeBytes(of: &info.release) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        var numbers: [Int] = []
        for part in release.split(separator: ".").prefix(3) {
            numbers.append(Int(part.prefix(while: \.isNumber)) ?? 0)
        }
        while numbers.count < 3 { numbers.append(0) }
        return .tuple(.int(numbers[0]), .int(numbers[1]), .int(numbers[2]))
    }

    /// The first `name` in the `:`-separated `searchPath` that is an executable regular
    /// file, as an absolute path; `false` when there is none.
    static func findExecutable(_ nameTerm: Term, searchPath: String) throws(ErlangError) -> Term {
        guard let name = FileName.path(nameTerm) else { throw .functionClause }
        func executable(_ path: String) -> Bool {
            var st = stat()
            return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
        }
        if name.contains("/") {
            return executable(name) ? .string(FileName.absolute(name)) : .false
        }
        for dir in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (dir.isEmpty ? "." : String(dir)) + "/" + name
            if executable(candidate) { return .string(FileName.absolute(candidate)) }
        }
        return .false
    }
}

/// The process environment, read through `environ` so that putenv/unsetenv are seen.
enum Environment {
    static func all() -> [String] {
        var out: [String] = []
        var p = environ
        while let entry = p.pointee {
            out.append(String(cString: entry))
            p += 1
        }
        return out
    }

    static func get(_ name: String) -> String? {
        guard !name.isEmpty, let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

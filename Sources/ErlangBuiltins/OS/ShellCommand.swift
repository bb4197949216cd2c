import ErlangRuntime
import Foundation

/// os:cmd/1,2 without blocking a scheduler thread.
///
/// `swerl_os:cmd_start(Command, MaxSize)` starts `/bin/sh -c Command` (stdin from
/// /dev/null, stderr merged into stdout, as OTP's os:cmd does) and returns a reference at
/// once. A dedicated thread reads the command's output to its end, waits for the shell,
/// and sends `{'$swerl_os_cmd', Ref, Output}` to the caller, which stdlib/os.erl waits
/// for in an ordinary `receive`. So the calling process is descheduled like any process
/// in receive, and the other processes keep running on every scheduler.
enum ShellCommand {
    static let table = BIFTable(module: "swerl_os", [
        "cmd_start/2": { a, p throws(ErlangError) in
            let command = try commandText(a[0])
            let maxSize: Int?
            switch a[1] {
            case .int(let n) where n >= 0: maxSize = n
            case .atom(let atom) where atom == .infinity: maxSize = nil
            default: throw .badarg
            }
            let ref = p.vm.makeRef()
            let pid = p.pid
            let vm = p.vm
            let thread = Thread {
                let output = run(command, maxSize: maxSize)
                vm.deliver(pid, .tuple(.atom("$swerl_os_cmd"), .ref(ref), output), hint: nil)
            }
            thread.start()
            return .ref(ref)
        },
    ])

    /// The command: an atom or a flat string of characters (not a binary).
    static func commandText(_ t: Term) throws(ErlangError) -> String {
        switch t {
        case .atom(let a): return a.name
        case .nil: return ""
        case .cons:
            guard let chars = IOText.flatString(t), !chars.contains(0) else { throw .badarg }
            return IOText.string(chars)
        default: throw .badarg
        }
    }

    /// Runs the command and returns its output as a string: UTF-8 decoded when it is
    /// valid UTF-8, otherwise one character per byte; at most `maxSize` characters.
    static func run(_ command: String, maxSize: Int?) -> Term {
        var bytes: [UInt8] = []
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        for arg in argv { free(arg) }
        close(fds[1])
        if status == 0 {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { bytes.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
            }
            var exitStatus: Int32 = 0
            while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
        }
        close(fds[0])
        var chars: [Term]
        if let text = String(validating: bytes, as: UTF8.self) {
            chars = text.unicodeScalars.map { Term.int(Int($0.value)) }
        } else {
            chars = bytes.map { Term.int(Int($0)) }
        }
        if let limit = maxSize, chars.count > limit { chars.removeSubrange(limit...) }
        return Term.list(chars)
    }
}

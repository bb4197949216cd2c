import Foundation
import ErlangSyntax
import ErlangRuntime
import ErlangBuiltins

// The swerl executable: argument handling and exit codes only.

setvbuf(stdout, nil, _IOFBF, 1 << 16)
let options: CommandLineOptions
do {
    options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch let e as CommandLineOptions.UsageError {
    FileHandle.standardError.write(Data("swerl: \(e.message)\n\(CommandLineOptions.usage)".utf8))
    exit(2)
} catch {
    exit(2)
}

/// Runs `body` on a thread with a large stack: compiling deeply nested source recurses,
/// and the main thread's 8 MB is not always enough. Only touched pages use memory.
func onLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var status: Int32 = 0
    let t = Thread {
        status = body()
        done.signal()
    }
    t.stackSize = 1 << 30
    t.start()
    done.wait()
    return status
}

switch options.action {
case .help:
    print(CommandLineOptions.usage, terminator: "")
    exit(0)
case .version:
    print("swerl \(SwerlVersion.string) (Erlang/OTP \(SwerlVersion.otpRelease) compatible)")
    exit(0)
case .script(let file, let args):
    exit(onLargeStack { Launcher(options: options).runScript(file: file, args: args) })
case .erl:
    exit(onLargeStack { Launcher(options: options).runErl() })
}

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

switch options.action {
case .help:
    print(CommandLineOptions.usage, terminator: "")
    exit(0)
case .version:
    print("swerl \(SwerlVersion.string) (Erlang/OTP \(SwerlVersion.otpRelease) compatible)")
    exit(0)
case .script(let file, let args):
    let launcher = Launcher(options: options)
    exit(launcher.runScript(file: file, args: args))
case .erl:
    let launcher = Launcher(options: options)
    exit(launcher.runErl())
}

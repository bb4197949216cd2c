import Foundation
import XCTest
import ErlangSyntax
import ErlangRuntime
import ErlangBuiltins

/// Runs Erlang source in an in-process VM and captures what it prints.
enum ErlangHarness {
    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Compiles `source` as an escript module and runs main([]) to completion.
    static func run(_ source: String, schedulers: Int = 2, deterministic: Bool = false,
                    file: String = "harness.erl") -> Outcome {
        let vm = ErlangVM(schedulers: schedulers, deterministic: deterministic)
        Builtins.install(into: vm)
        vm.code.compileSource = { src, f, escript throws(CompileFailure) in
            let r = try Frontend.compileModule(source: src, file: f, includePaths: [], escript: escript)
            return (r.0, r.1)
        }
        let lock = NSLock()
        var out = "", err = ""
        vm.captureOutput = { text, fd in
            lock.lock(); defer { lock.unlock() }
            if fd == 2 { err += text } else { out += text }
        }
        let module: Atom
        do {
            module = try vm.code.load(source: source, file: file, escript: true)
        } catch {
            return Outcome(stdout: "", stderr: error.diagnostics.map(\.description).joined(separator: "\n"), status: -1)
        }
        let status = vm.runMain(module: module, function: Atom("main"), args: [.nil], haltWhenDone: true)
        lock.lock(); defer { lock.unlock() }
        return Outcome(stdout: out, stderr: err, status: status)
    }
}

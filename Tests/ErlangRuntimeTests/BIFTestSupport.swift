import ErlangBuiltins
@testable import ErlangRuntime
import XCTest

/// Calls Swift built-ins by name from tests, with a process to charge.
struct BIFCaller {
    let vm = ErlangVM()
    let process: ErlProcess

    init() { process = ErlProcess(pid: Pid(0), vm: vm) }

    /// Calls `module:name` with `args`; fails the test if there is no such built-in.
    func call(_ module: String, _ name: String, _ args: [Term]) throws(ErlangError) -> Term {
        guard let bif = Builtins.coreTables.first(where: { $0.module == module })?
            .functions["\(name)/\(args.count)"] else {
            XCTFail("no built-in \(module):\(name)/\(args.count)")
            return .nil
        }
        return try Arguments.with(args) { a throws(ErlangError) in try bif(a, process) }
    }

    /// The reason the call raised, or nil if it returned.
    func reason(_ module: String, _ name: String, _ args: [Term]) -> Term? {
        do { _ = try call(module, name, args); return nil } catch { return error.reason }
    }
}

import ErlangBuiltins
@testable import ErlangRuntime
import Foundation
import XCTest

/// Replays the BIF calls recorded from OTP (`Tests/BIFCases/*.recorded`, written by
/// `scripts/record_bif_cases.escript`) against the Swift built-ins, comparing results
/// with `=:=` and error reasons exactly. To add a case, add the call to the `.calls`
/// file and re-run the script.
final class BIFCaseTests: XCTestCase {
    func testArithmetic() throws { try replay("arith") }
    func testErlang() throws { try replay("erlang") }
    func testErlangConversions() throws { try replay("erlang_conv") }
    func testErlangBinaries() throws { try replay("erlang_bin") }
    func testLists() throws { try replay("lists") }
    func testMaps() throws { try replay("maps") }
    func testMath() throws { try replay("math") }
    func testBinary() throws { try replay("binary") }
    func testString() throws { try replay("string") }
    func testUnicode() throws { try replay("unicode") }

    private let vm = ErlangVM()

    private func replay(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        // Tests/ErlangRuntimeTests/BIFCases/ -> Tests/BIFCases/
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BIFCases/\(name).recorded")
        let text = try String(contentsOf: url, encoding: .utf8)
        let process = ErlProcess(pid: Pid(0), vm: vm)
        var failures: [String] = []
        var count = 0
        for entry in text.split(separator: "\n") where !entry.hasPrefix("%") {
            count += 1
            let recorded = try RecordedTermReader.readDotted(String(entry))
            if let failure = check(recorded, process) { failures.append(failure) }
        }
        XCTAssertGreaterThan(count, 0, "no cases in \(name).recorded", file: file, line: line)
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(count) cases differ from OTP:\n" + failures.joined(separator: "\n"),
                    file: file, line: line)
        }
    }

    /// Runs one `{{M, F, Args}, {ok, V} | {error, R}}` case; nil when swerl agrees with OTP.
    private func check(_ recorded: Term, _ process: ErlProcess) -> String? {
        guard case .tuple(let pair) = recorded, pair.count == 2,
              case .tuple(let call) = pair.elements[0], call.count == 3,
              case .atom(let module) = call.elements[0], case .atom(let function) = call.elements[1],
              let args = call.elements[2].listElements,
              case .tuple(let outcome) = pair.elements[1], outcome.count == 2 else {
            return "malformed case \(show(recorded))"
        }
        let callText = "\(module.name):\(function.name)(\(args.map(show).joined(separator: ", ")))"
        guard let table = Builtins.coreTables.first(where: { $0.module == module.name }),
              let bif = table.functions["\(function.name)/\(args.count)"] else {
            return "\(callText): not implemented"
        }
        let expected = outcome.elements[1]
        let wantsError = outcome.elements[0] == .atom(.error)
        do {
            let actual = try Arguments.with(args) { a throws(ErlangError) in try bif(a, process) }
            if wantsError { return "\(callText) = \(show(actual)), OTP raises \(show(expected))" }
            if !sameTerm(actual, expected) { return "\(callText) = \(show(actual)), OTP gives \(show(expected))" }
            if let bad = unnormalisedInteger(in: actual) { return "\(callText): unnormalised bignum \(bad)" }
        } catch {
            if !wantsError { return "\(callText) raised \(show(error.reason)), OTP gives \(show(expected))" }
            if error.kind != .error || error.reason != expected {
                return "\(callText) raised \(error.kind.name):\(show(error.reason)), OTP raises \(show(expected))"
            }
        }
        return nil
    }
}

/// `=:=`, and additionally the sign of float zeros must agree.
func sameTerm(_ a: Term, _ b: Term) -> Bool {
    if case .float(let x) = a, case .float(let y) = b { return x.bitPattern == y.bitPattern }
    return a == b
}

/// A `.big` holding a value that fits in `.int` breaks `Term`'s invariant.
func unnormalisedInteger(in t: Term) -> String? {
    switch t {
    case .big(let b) where Int(exactly: b.value) != nil: return b.value.description
    case .tuple(let tuple): return tuple.elements.lazy.compactMap(unnormalisedInteger).first
    case .cons:
        return (t.listElements ?? []).lazy.compactMap(unnormalisedInteger).first
    default: return nil
    }
}

/// A plain rendering of a term for failure messages (not OTP's exact format).
func show(_ t: Term) -> String {
    switch t {
    case .int(let i): return String(i)
    case .big(let b): return b.value.description
    case .float(let f): return "\(f)"
    case .atom(let a): return a.name.isEmpty || a.name.first?.isLowercase != true ? "'\(a.name)'" : a.name
    case .nil: return "[]"
    case .cons:
        var parts: [String] = []
        var rest = t
        while case .cons(let c) = rest { parts.append(show(c.head)); rest = c.tail }
        if case .nil = rest { return "[" + parts.joined(separator: ",") + "]" }
        return "[" + parts.joined(separator: ",") + "|" + show(rest) + "]"
    case .tuple(let tuple): return "{" + tuple.elements.map(show).joined(separator: ",") + "}"
    case .binary(let b):
        var parts = b.bytes.prefix(b.bitCount / 8).map { String($0) }
        if b.bitCount % 8 != 0, let last = b.bytes.last {
            parts.append("\(Int(last) >> (8 - b.bitCount % 8)):\(b.bitCount % 8)")
        }
        return "<<" + parts.joined(separator: ",") + ">>"
    case .map(let m):
        return "#{" + m.sortedPairs.map { "\(show($0.key)) => \(show($0.value))" }.joined(separator: ",") + "}"
    case .fun(let f): return "#Fun<\(f.module.name).\(f.name)/\(f.arity)>"
    case .pid(let p): return "<0.\(p.id).0>"
    case .ref(let r): return "#Ref<\(r.id)>"
    }
}

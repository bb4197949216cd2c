import XCTest
@testable import ErlangSyntax

/// The whole front end. Expected diagnostics were printed by OTP 25's erlc/escript
/// for the same files.
final class FrontendTests: XCTestCase {
    func failure(_ source: String, file: String, escript: Bool, includePaths: [String] = []) -> [String] {
        do {
            _ = try Frontend.compileModule(source: source, file: file, includePaths: includePaths, escript: escript)
            XCTFail("expected a compile failure")
            return []
        } catch {
            return error.diagnostics.map(DiagnosticPrinter.headerLine)
        }
    }

    func testCompilesAModule() throws {
        let (module, warnings) = try Frontend.compileModule(
            source: "-module(m).\n-export([f/1]).\n-define(TWICE(X), 2 * X).\nf(X) -> ?TWICE(X).\n",
            file: "m.erl", includePaths: [], escript: false)
        XCTAssertEqual(module.name, "m")
        XCTAssertEqual(module.file, "m.erl")
        XCTAssertEqual(warnings.count, 0)
        guard case .function(let f)? = module.forms.last else { return XCTFail("no function") }
        XCTAssertEqual(FunctionName(f.name, f.arity), FunctionName("f", 1))
    }

    /// Headers can come from somewhere else than the disk (bundled in the binary).
    func testIncludedFilesFromAReader() throws {
        let headers = ["lib/include/h.hrl": "-define(H, 42).\n"]
        let debug = try Lexer.tokenize("true", file: "-D").filter { $0.kind != .eof }
        let (module, _) = try Frontend.compileModule(
            source: "-module(m).\n-export([f/0]).\n-include_lib(\"lib/include/h.hrl\").\n-ifdef(DEBUG).\nf() -> ?H.\n-endif.\n",
            file: "m.erl", includePaths: [], escript: false, predefined: ["DEBUG": debug], readFile: { headers[$0] })
        guard case .function(let f)? = module.forms.last, case .integer(42)? = f.clauses.first?.body.first?.kind else {
            return XCTFail("unexpected \(module.forms)")
        }
    }

    /// erlc: scanner, preprocessor and parser errors sorted by file name then
    /// position (an included file's errors sort by its name), then the warnings.
    func testErlcOrderOfErrors() throws {
        let dir = try temporaryDirectory()
        try "zf() -> ?NOPE.\n".write(toFile: dir + "/zz.hrl", atomically: true, encoding: .utf8)
        try "af() -> ?NOPE2.\n".write(toFile: dir + "/aa.hrl", atomically: true, encoding: .utf8)
        let source = "-module(l2).\nf() -> ?A.\n-include(\"zz.hrl\").\ng() -> ?B.\n-include(\"aa.hrl\").\nh() -> (.\n-warning(w1).\n-warning(w0).\n"
        let messages = failure(source, file: dir + "/l2.erl", escript: false)
        XCTAssertEqual(messages, [
            "\(dir)/aa.hrl:1:10: undefined macro 'NOPE2'",
            "\(dir)/l2.erl:2:9: undefined macro 'A'",
            "\(dir)/l2.erl:4:9: undefined macro 'B'",
            "\(dir)/l2.erl:6:9: syntax error before: '.'",
            "\(dir)/zz.hrl:1:10: undefined macro 'NOPE'",
            "\(dir)/l2.erl:7:2: Warning: -warning(w1).",
            "\(dir)/l2.erl:8:2: Warning: -warning(w0).",
        ])
    }

    /// escript: preprocessor and parser errors in source order, and nothing more.
    func testEscriptOrderOfErrors() {
        let source = "#!/usr/bin/env escript\n%% -*- erlang -*-\nmain(_) -> ?A, ok.\nf() -> (.\n-define(B, 1).\n-define(B, 2).\n"
        XCTAssertEqual(failure(source, file: "es1.erl", escript: true), [
            "es1.erl:3:13: undefined macro 'A'",
            "es1.erl:4:9: syntax error before: '.'",
            "es1.erl:6:9: redefining macro 'B'",
        ])
    }

    /// A scan error drops the rest of its form only; everything else is still checked.
    func testScanErrorsAmongOtherErrors() {
        let source = "#!/x\nmain(_) -> ?A.\nf() -> 37#1.\ng() -> \"abc.\n"
        XCTAssertEqual(failure(source, file: "sc.erl", escript: true), [
            "sc.erl:2:13: undefined macro 'A'",
            "sc.erl:3:8: illegal base '37'",
            "sc.erl:3:10: syntax error before: '#'",
            "sc.erl:4:8: unterminated string starting with \"abc.\\n\"",
        ])
    }

    /// escript skips the first line whatever it holds; after anything but `#!` the
    /// following lines are numbered from 1 (OTP 25's behaviour).
    func testEscriptHeaderLine() {
        XCTAssertEqual(failure("garbage line ( [\nmain(_) -> ?A.\n", file: "es3.erl", escript: true),
                       ["es3.erl:1:13: undefined macro 'A'"])
        XCTAssertEqual(failure("#!/bin/x\n%%! -smp\n%% other\nmain(_) -> ?A.\n", file: "e5.erl", escript: true),
                       ["e5.erl:4:13: undefined macro 'A'"])
        XCTAssertEqual(EscriptHeader.stripped("#!x\nmain(_) -> ok.\n"), "\nmain(_) -> ok.\n")
        XCTAssertEqual(EscriptHeader.stripped("%% x\nmain(_) -> ok.\n"), "main(_) -> ok.\n")
        XCTAssertEqual(EscriptHeader.stripped("#!x"), "")
        XCTAssertEqual(EscriptHeader.emulatorArguments("#!x\n%% -*- erlang -*-\n%%! -smp enable\n"), "-smp enable")
        XCTAssertNil(EscriptHeader.emulatorArguments("#!x\nmain(_) -> ok.\n"))
    }

    /// A script's ?MODULE works even when escript's header rule dropped its `-module`
    /// line; without `-module` it is the file's base name (OTP makes up a unique name).
    func testEscriptModuleName() throws {
        let source = "-module(predefined).\n-export([main/1]).\nmain(_) -> {?MODULE, ?MODULE_STRING, ?LINE}.\n"
        let (module, _) = try Frontend.compileModule(source: source, file: "dir/predefined.erl", includePaths: [], escript: true)
        guard case .function(let main)? = module.forms.last, case .tuple(let values)? = main.clauses.first?.body.first?.kind,
              case .atom("predefined") = values[0].kind, case .integer(2) = values[2].kind else {
            return XCTFail("unexpected \(module.forms)")
        }
        XCTAssertNil(module.name)
    }

    func testParseExpressions() throws {
        let exprs = try Frontend.parseExpressions(source: "X = 1 + 2, {X, ?LINE}.")
        XCTAssertEqual(exprs.count, 2)
        guard case .tuple(let elements) = exprs[1].kind, case .integer(1) = elements[1].kind else {
            return XCTFail("?LINE should expand to 1, got \(exprs[1].kind)")
        }
        XCTAssertThrowsError(try Frontend.parseExpressions(source: "?NOPE.")) { error in
            XCTAssertEqual((error as? CompileFailure)?.diagnostics.map(\.message), ["undefined macro 'NOPE'"])
        }
        XCTAssertThrowsError(try Frontend.parseExpressions(source: "1 + .")) { error in
            XCTAssertEqual((error as? CompileFailure)?.diagnostics.map(\.message), ["syntax error before: '.'"])
        }
    }

    func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swerl-frontend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.path
    }
}

import Foundation
import XCTest
@testable import ErlangSyntax

/// The linter against OTP 25. Fixtures/lint/NAME.erl are checked against NAME.expected,
/// recorded from `erlc +brief` (escript's own messages for escript_*.erl) by
/// Fixtures/lint/record.sh; the inline cases below paste erlc's output the same way.
final class LinterTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lint")

    func testFixturesMatchErlc() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".erl") }.sorted()
        XCTAssertGreaterThan(names.count, 40)
        for name in names {
            let source = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: Self.fixtures.appendingPathComponent(
                String(name.dropLast(4)) + ".expected"), encoding: .utf8)
            XCTAssertEqual(lint(source, file: name, escript: name.hasPrefix("escript_")), expected, name)
        }
    }

    // MARK: - Inline cases (expected text recorded from erlc +brief)

    func testTutorialRing() {
        let ring = """
        -module(ring).
        -export([start/2]).

        start(N, M) ->
            Pids = [spawn(fun() -> loop() end) || _ <- lists:seq(1, N)],
            lists:foldl(fun(Pid, Prev) ->
                Pid ! {set_next, Prev}, Prev
            end, hd(Pids), tl(Pids)),
            hd(Pids) ! {pass, M, self()},
            receive {done, Time} -> Time end.

        loop() ->
            receive
                {set_next, Next} -> loop(Next);
                {pass, 0, From} -> From ! {done, erlang:monotonic_time()};
                {pass, Count, From} ->
                    timer:sleep(10),
                    Next ! {pass, Count - 1, From},
                    loop()
            end.
        """
        XCTAssertEqual(lint(ring, file: "ring.erl"), """
            ring.erl:14:29: function loop/1 undefined
            ring.erl:18:13: variable 'Next' is unbound

            """)
    }

    func testUnsafeAndExportedVariables() {
        let source = """
        -module(t).
        -export([f/1, g/1]).
        f(X) ->
            case X of
                1 -> Y = 1, Z = 2;
                2 -> Y = 2
            end,
            {Y, Z}.
        g(X) -> try Y = X of _ -> ok catch _:_ -> ok end, Y.
        """
        XCTAssertEqual(lint(source, file: "t.erl"), """
            t.erl:8:9: variable 'Z' unsafe in 'case' (line 4, column 5)
            t.erl:9:51: variable 'Y' unsafe in 'try' (line 9, column 9)

            """)
    }

    func testLaterPassWarningsOnlyWithoutErrors() {
        let clean = "-module(t).\n-export([f/1]).\nf(X) -> {X}, ok.\n"
        XCTAssertEqual(lint(clean, file: "t.erl"), "t.erl:3:9: Warning: a term is constructed, but never used\n")
        let withError = "-module(t).\n-export([f/1]).\nf(X) -> {X}, Y.\n"
        XCTAssertEqual(lint(withError, file: "t.erl"), "t.erl:3:14: variable 'Y' is unbound\n")
    }

    func testQuotedNames() {
        let source = "-module(t).\n-export(['Foo'/0]).\n'case'() -> 'my rec'().\n"
        XCTAssertEqual(lint(source, file: "t.erl"), """
            t.erl:2:2: function 'Foo'/0 undefined
            t.erl:3:13: function 'my rec'/0 undefined
            t.erl:3:1: Warning: function 'case'/0 is unused

            """)
    }

    // MARK: - Hand-built trees (independent of the parser)

    func testHandBuiltUnusedAndUnbound() {
        func at(_ line: Int, _ col: Int) -> SourceLocation { SourceLocation(file: "h.erl", line: line, column: col) }
        // f(A) -> B = 1, C.
        let body = [Expr(.match(Expr(.variable("B"), at(3, 9)), Expr(.integer(1), at(3, 13))), at(3, 9)),
                    Expr(.variable("C"), at(3, 16))]
        let f = Function(name: "f", arity: 1,
                         clauses: [Clause(patterns: [Expr(.variable("A"), at(3, 3))], guards: [], body: body,
                                          loc: at(3, 1))],
                         loc: at(3, 1))
        let module = ModuleAST(file: "h.erl", forms: [
            .module("h", at(1, 2)), .export([FunctionName("f", 1)], at(2, 2)), .function(f),
        ])
        XCTAssertEqual(Linter.check(module, escript: false).map(\.description), [
            "h.erl:3:16: variable 'C' is unbound",
            "h.erl:3:3: Warning: variable 'A' is unused",
            "h.erl:3:9: Warning: variable 'B' is unused",
        ])
    }

    func testDeepNestingDoesNotExhaustTheStack() {
        let l = SourceLocation(file: "d.erl", line: 1, column: 1)
        var e = Expr(.variable("X"), l)
        for i in 0..<5_000 {
            e = i % 2 == 0 ? Expr(.tuple([e]), l) : Expr(.call(Expr(.atom("f"), l), [e]), l)
        }
        var chain = Expr(.variable("X"), l)
        for _ in 0..<10_000 { chain = Expr(.binaryOp("+", chain, Expr(.variable("X"), l)), l) }
        let f = Function(name: "f", arity: 1, clauses: [
            Clause(patterns: [Expr(.variable("X"), l)], guards: [], body: [e, chain], loc: l),
        ], loc: l)
        let module = ModuleAST(file: "d.erl", forms: [.module("d", l), .export([FunctionName("f", 1)], l), .function(f)])
        XCTAssertFalse(Linter.check(module, escript: false).contains { $0.severity == .error })
    }

    func testFormatArgumentCounting() {
        func count(_ s: String) -> Int? {
            try? BodyChecker.formatArgumentCount(s.unicodeScalars.map { Int($0.value) }).get()
        }
        XCTAssertEqual(count("~p ~w~n"), 2)
        XCTAssertEqual(count("~*p ~10.2f ~-5s ~.*x ~~"), 7)
        XCTAssertEqual(count("~P ~W ~X ~tp ~lp"), 8)
        XCTAssertNil(count("~d"))
        XCTAssertNil(count("~lw"))
        XCTAssertNil(count("abc~"))
    }

    func testAtomText() {
        XCTAssertEqual(atomText("foo"), "foo")
        XCTAssertEqual(atomText("foo_Bar@1"), "foo_Bar@1")
        XCTAssertEqual(atomText("Foo"), "'Foo'")
        XCTAssertEqual(atomText("case"), "'case'")
        XCTAssertEqual(atomText("maybe"), "maybe")
        XCTAssertEqual(atomText("=="), "'=='")
        XCTAssertEqual(atomText("it's\n"), "'it\\'s\\n'")
        XCTAssertEqual(quotedAtom("X"), "'X'")
    }

    // MARK: - Helpers

    /// Lexes, parses and lints `source`, rendering the messages like `erlc +brief`.
    private func lint(_ source: String, file: String, escript: Bool = false) -> String {
        var text = source
        if escript && text.hasPrefix("#!"), let newline = text.firstIndex(of: "\n") {
            text = String(text[newline...])     // keep the line numbering
        }
        do {
            let tokens = try Lexer.tokenize(text, file: file)
            let module = try Parser.parseModule(tokens, file: file)
            return Linter.check(module, escript: escript).map(render).joined()
        } catch {
            return "PARSE FAILED: " + error.diagnostics.map(render).joined()
        }
    }

    /// erlc's brief format; a position without a column (escript's main/1) prints as `file:0:`.
    private func render(_ d: Diagnostic) -> String {
        let position = d.location.column > 0 ? "\(d.location.line):\(d.location.column)" : "\(d.location.line)"
        return "\(d.location.file):\(position): \(d.severity == .warning ? "Warning: " : "")\(d.message)\n"
    }
}

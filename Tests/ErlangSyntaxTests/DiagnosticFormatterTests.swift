import XCTest
@testable import ErlangSyntax

/// `DiagnosticPrinter` against real OTP 25: each expected text is erlc's standard
/// output for the same source, recorded byte for byte.
final class DiagnosticFormatterTests: XCTestCase {
    /// Renders `diagnostics` with `source` as the text of every file.
    func render(_ diagnostics: [Diagnostic], source: String?) -> String {
        let lines = source.map(DiagnosticPrinter.lines(of:))
        return diagnostics.map { DiagnosticPrinter.render($0, sourceLines: { _ in lines }) }.joined()
    }

    func error(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(SourceLocation(file: file, line: line, column: column), message)
    }

    func warning(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .warning(SourceLocation(file: file, line: line, column: column), message)
    }

    /// The source line is quoted under the message, the caret under the column; a
    /// position past the end of the file gets no quote (and no empty line).
    func testQuotesTheSourceLine() throws {
        let source = "-module(b).\n-define(A, 1).\n-define(A, 2).\n-ifdef(X).\n"
        XCTAssertThrowsError(try Frontend.compileModule(source: source, file: "b.erl", includePaths: [], escript: false)) { e in
            let diagnostics = (e as? CompileFailure)?.diagnostics ?? []
            XCTAssertEqual(self.render(diagnostics, source: source),
                           "b.erl:3:9: redefining macro 'A'\n%    3| -define(A, 2).\n%     |         ^\n\nb.erl:5:1: unterminated '-ifdef'\n")
        }
    }

    /// Tabs before the column stay tabs in the caret line; line numbers wider than
    /// four digits widen the margin; columns count code points (a tab is one).
    func testTabsAndWideLineNumbers() {
        let lines = ["-module(d).", "-export([f/0])."] + Array(repeating: "%", count: 12000)
            + ["f() -> X.", "\tg() ->\t Y.", "h() -> \"abc\tdef\", Z."]
        let diagnostics = [
            error("d.erl", 12003, 8, "variable 'X' is unbound"),
            error("d.erl", 12004, 10, "variable 'Y' is unbound"),
            error("d.erl", 12005, 19, "variable 'Z' is unbound"),
            warning("d.erl", 12004, 2, "function g/0 is unused"),
            warning("d.erl", 12005, 1, "function h/0 is unused"),
        ]
        XCTAssertEqual(render(diagnostics, source: lines.joined(separator: "\n") + "\n"),
                       "d.erl:12003:8: variable 'X' is unbound\n% 12003| f() -> X.\n%      |        ^\n\nd.erl:12004:10: variable 'Y' is unbound\n% 12004| \tg() ->\t Y.\n%      | \t      \t ^\n\nd.erl:12005:19: variable 'Z' is unbound\n% 12005| h() -> \"abc\tdef\", Z.\n%      |            \t      ^\n\nd.erl:12004:2: Warning: function g/0 is unused\n% 12004| \tg() ->\t Y.\n%      | \t^\n\nd.erl:12005:1: Warning: function h/0 is unused\n% 12005| h() -> \"abc\tdef\", Z.\n%      | ^\n\n")
    }

    func testCarriageReturnsAreNotQuoted() {
        let diagnostics = [error("crlf.erl", 2, 8, "variable 'X' is unbound"), warning("crlf.erl", 2, 1, "function f/0 is unused")]
        XCTAssertEqual(render(diagnostics, source: "-module(crlf).\r\nf() -> X.\r\n"),
                       "crlf.erl:2:8: variable 'X' is unbound\n%    2| f() -> X.\n%     |        ^\n\ncrlf.erl:2:1: Warning: function f/0 is unused\n%    2| f() -> X.\n%     | ^\n\n")
    }

    /// Columns count code points, not bytes. (erlc writes the line in Latin-1 to a
    /// Latin-1 terminal; swerl writes UTF-8.)
    func testColumnsCountCodePoints() {
        XCTAssertEqual(render([error("u.erl", 3, 17, "variable 'X' is unbound")],
                              source: "-module(u).\n-export([f/0]).\nf() -> \"h\u{e9}llo\", X.\n"),
                       "u.erl:3:17: variable 'X' is unbound\n%    3| f() -> \"h\u{e9}llo\", X.\n%     |                 ^\n\n")
    }

    /// Without a column (`erlc +'{error_location,line}'`) the line is quoted with no caret.
    func testLineOnlyLocations() {
        let diagnostics = [error("b.erl", 3, 0, "redefining macro 'A'"), error("b.erl", 5, 0, "unterminated '-ifdef'")]
        XCTAssertEqual(render(diagnostics, source: "-module(b).\n-define(A, 1).\n-define(A, 2).\n-ifdef(X).\n"),
                       "b.erl:3: redefining macro 'A'\n%    3| -define(A, 2).\n\nb.erl:5: unterminated '-ifdef'\n")
    }

    /// escript (interpreted mode) prints one line per diagnostic, `file:0:` style
    /// when the linter has no position.
    func testEscriptStyle() {
        let diagnostics = [
            error("e4.erl", 1, 10, "variable 'X' is unbound"),
            error("e4.erl", 0, 0, "function main/1 undefined"),
            warning("e4.erl", 1, 1, "function foo/0 is unused"),
        ]
        XCTAssertEqual(render(diagnostics, source: nil) + DiagnosticPrinter.escriptCompilationFailed,
                       "e4.erl:1:10: variable 'X' is unbound\ne4.erl:0: function main/1 undefined\ne4.erl:1:1: Warning: function foo/0 is unused\nescript: There were compilation errors.\n")
        XCTAssertEqual(DiagnosticPrinter.escriptCompilationFailedStatus, 127)
    }

    /// Line 0 and lines past the end cannot be quoted. A column past the line's end is
    /// underlined from the end of the line (as escript prints its off-by-one quotes).
    func testUnquotableLines() {
        let source = "a.\n"
        XCTAssertEqual(render([error("x.erl", 0, 0, "m")], source: source), "x.erl:0: m\n")
        XCTAssertEqual(render([error("x.erl", 2, 1, "m")], source: source), "x.erl:2:1: m\n")
        XCTAssertEqual(render([error("x.erl", 1, 5, "m")], source: source), "x.erl:1:5: m\n%    1| a.\n%     |   ^^^\n\n")
        XCTAssertEqual(render([error("x.erl", 1, 3, "m")], source: source), "x.erl:1:3: m\n%    1| a.\n%     |   ^\n\n")
    }

    func testLinesOfSource() {
        XCTAssertEqual(DiagnosticPrinter.lines(of: "a\nb\r\n\nc"), ["a", "b", "", "c"])
        XCTAssertEqual(DiagnosticPrinter.lines(of: "a\n"), ["a"])
        XCTAssertEqual(DiagnosticPrinter.lines(of: ""), [])
    }
}

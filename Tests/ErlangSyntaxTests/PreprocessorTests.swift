import XCTest
@testable import ErlangSyntax

/// Preprocessor behaviour, checked against real OTP 25: every expected error and
/// warning text below was printed by `erlc` for the same source (file `t.erl`).
final class PreprocessorTests: XCTestCase {
    // MARK: Helpers

    /// The result of preprocessing `source` as file `t.erl`, with `files` readable
    /// as include files.
    struct Outcome {
        /// The output tokens in epp's stringified form (`??` style), forms joined by spaces.
        var text: String
        /// Errors as `file:line:col: message`, in the order produced.
        var errors: [String]
        var warnings: [String]
        var tokens: [Token]
    }

    func preprocess(_ source: String, file: String = "t.erl", files: [String: String] = [:],
                    includePaths: [String] = [], predefined: [String: [Token]] = [:]) -> Outcome {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokenize(source, file: file)
        } catch {
            XCTFail("lexer failed: \(error.diagnostics)")
            return Outcome(text: "", errors: [], warnings: [], tokens: [])
        }
        var pp = Preprocessor(file: file, includePaths: includePaths, predefined: predefined,
                              tokenizer: { (s: String, f: String) throws(CompileFailure) -> [Token] in
                                  try Lexer.tokenize(s, file: f)
                              },
                              readFile: { files[$0] })
        let items = pp.processForms(tokens)
        var out: [Token] = []
        var errors: [String] = []
        for item in items {
            switch item {
            case .form(let f): out += f
            case .error(let d): errors.append(d.description)
            case .warning: continue
            }
        }
        return Outcome(text: EppTokenText.stringify(out), errors: errors,
                       warnings: pp.warnings.map(\.description), tokens: out)
    }

    func assertOutput(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let o = preprocess(source)
        XCTAssertEqual(o.errors, [], file: file, line: line)
        XCTAssertEqual(o.text, expected, file: file, line: line)
    }

    func assertErrors(_ source: String, _ expected: [String], files: [String: String] = [:],
                      file: StaticString = #filePath, line: UInt = #line) {
        let o = preprocess(source, files: files)
        XCTAssertEqual(o.errors, expected, file: file, line: line)
    }

    // MARK: Simple macros

    func testSimpleMacro() {
        assertOutput("-define(N, 42).\nf() -> ?N.\n", "f ( ) -> 42 .")
    }

    func testMacroWithArguments() {
        assertOutput("-define(F(A, B), {A, B}).\nf() -> ?F(1, [2, 3]).\n", "f ( ) -> { 1 , [ 2 , 3 ] } .")
    }
}

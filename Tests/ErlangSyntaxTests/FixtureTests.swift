import Foundation
import XCTest
@testable import ErlangSyntax

/// Compares the lexer and parser with OTP on the cases in Fixtures/*.cases.
/// The expected output (Fixtures/*.expected) is recorded from erl_scan and
/// erl_parse by Fixtures/record_expectations.escript; after editing a .cases
/// file, run `escript Tests/ErlangSyntaxTests/Fixtures/record_expectations.escript`.
final class FixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func testLexerMatchesErlScan() throws {
        try compare("lexer") { source in
            do throws(CompileFailure) {
                return SyntaxPrinter.tokens(try Lexer.tokenize(source, file: "t.erl"))
            } catch {
                return SyntaxPrinter.diagnostic(error.diagnostics[0])
            }
        }
    }

    func testExpressionsMatchErlParse() throws {
        try compare("expressions") { source in
            do throws(CompileFailure) {
                let tokens = try Lexer.tokenize(source, file: "t.erl")
                return try Parser.parseExprs(tokens).map(SyntaxPrinter.expr).joined(separator: "\n")
            } catch {
                return SyntaxPrinter.diagnostic(error.diagnostics[0])
            }
        }
    }

    func testFormsMatchErlParse() throws {
        try compare("forms") { source in
            let tokens: [Token]
            do throws(CompileFailure) {
                tokens = try Lexer.tokenize(source, file: "t.erl")
            } catch {
                return SyntaxPrinter.diagnostic(error.diagnostics[0])
            }
            return Parser.parseForms(tokens).map { result in
                switch result {
                case .success(let form): return SyntaxPrinter.form(form)
                case .failure(let error): return SyntaxPrinter.diagnostic(error.diagnostic)
                }
            }.joined(separator: "\n")
        }
    }

    /// Runs `render` on every case of NAME.cases and reports each case whose
    /// output differs from NAME.expected.
    private func compare(_ name: String, render: (String) -> String) throws {
        let cases = try blocks(of: "\(name).cases")
        let expected = try blocks(of: "\(name).expected")
        XCTAssertEqual(cases.count, expected.count, "\(name).expected is stale: re-record it")
        var failures = 0
        for (source, want) in zip(cases, expected) {
            let got = render(source)
            if got != want {
                failures += 1
                XCTFail("\(name) case:\n\(source)\n--- OTP:\n\(want)\n--- swerl:\n\(got)")
            }
        }
        print("\(name): \(cases.count - failures)/\(cases.count) cases match OTP")
    }

    private func blocks(of file: String) throws -> [String] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8)
        return text.components(separatedBy: "\n=====\n").map { block in
            var b = Substring(block)
            while b.hasSuffix("\n") { b.removeLast() }
            return String(b)
        }
    }
}

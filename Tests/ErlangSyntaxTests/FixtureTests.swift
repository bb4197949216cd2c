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
            var lintErrors: [Diagnostic] = []    // erl_parse does not report these
            return Parser.parseForms(tokens, lintErrors: &lintErrors).map { result in
                switch result {
                case .success(let form): return SyntaxPrinter.form(form)
                case .failure(let error): return SyntaxPrinter.diagnostic(error.diagnostic)
                }
            }.joined(separator: "\n")
        }
    }

    /// ErlangFloatText against io_lib:write/1 (Fixtures/floats.expected: "BITS TEXT" lines).
    func testFloatTextMatchesErlang() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("floats.expected"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let bits = UInt64(parts[0], radix: 16) else { return XCTFail("bad line \(line)") }
            XCTAssertEqual(ErlangFloatText.shortest(Double(bitPattern: bits)), String(parts[1]), "bits \(parts[0])")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 700)
    }

    /// A large corpus (OTP's own modules printed from their debug_info), built
    /// outside the repository by Fixtures/record_corpus.escript DIR. Runs only
    /// when SWERL_PARSE_CORPUS=DIR is set.
    func testCorpusMatchesErlParse() throws {
        guard let dir = ProcessInfo.processInfo.environment["SWERL_PARSE_CORPUS"] else {
            throw XCTSkip("set SWERL_PARSE_CORPUS to a directory made by record_corpus.escript")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".erl") }.sorted()
        var mismatches = 0
        for file in files {
            let source = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            let expectedFile = dir + "/" + file.dropLast(4) + ".expected"
            let want = try String(contentsOfFile: expectedFile, encoding: .utf8).split(separator: "\n")
            let got: [String]
            do throws(CompileFailure) {
                var lintErrors: [Diagnostic] = []
                got = Parser.parseForms(try Lexer.tokenize(source, file: file), lintErrors: &lintErrors).map { result in
                    switch result {
                    case .success(let form): return SyntaxPrinter.form(form)
                    case .failure(let error): return SyntaxPrinter.diagnostic(error.diagnostic)
                    }
                }
            } catch {
                got = [SyntaxPrinter.diagnostic(error.diagnostics[0])]
            }
            // "crash": erl_parse itself fails on that form; any error is right.
            let firstDifference = (0..<min(want.count, got.count)).first {
                want[$0] != got[$0] && !(want[$0] == "crash" && got[$0].hasPrefix("error@"))
            }
            guard let i = firstDifference ?? (want.count == got.count ? nil : min(want.count, got.count)) else {
                continue
            }
            mismatches += 1
            if mismatches <= 20 {
                let w = i < want.count ? String(want[i].prefix(600)) : "<none>"
                let g = i < got.count ? String(got[i].prefix(600)) : "<none>"
                XCTFail("\(file) form \(i + 1):\n--- OTP:\n\(w)\n--- swerl:\n\(g)")
            }
        }
        print("corpus: \(files.count - mismatches)/\(files.count) files match OTP")
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

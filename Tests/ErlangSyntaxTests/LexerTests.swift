import XCTest
@testable import ErlangSyntax

/// Unit tests of the lexer's interface and of what the OTP fixtures cannot show
/// (erl_scan stops at the first error; swerl's `??` token; Swift-side inputs).
final class LexerTests: XCTestCase {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokenize(source, file: "t.erl").map(\.kind)
    }

    private func errors(_ source: String) -> [String] {
        do {
            _ = try Lexer.tokenize(source, file: "t.erl")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func testSimpleFormEndsWithDotAndEof() throws {
        XCTAssertEqual(try kinds("f(X) -> X + 1."), [
            .atom("f"), .punct("("), .variable("X"), .punct(")"), .punct("->"),
            .variable("X"), .punct("+"), .integer(1), .dot, .eof,
        ])
    }

    func testLocationsCarryFileLineAndColumnWithTabsAsOneColumn() throws {
        let tokens = try Lexer.tokenize("a\n\tb  c", file: "m.erl")
        XCTAssertEqual(tokens.map(\.location), [
            SourceLocation(file: "m.erl", line: 1, column: 1),
            SourceLocation(file: "m.erl", line: 2, column: 2),
            SourceLocation(file: "m.erl", line: 2, column: 5),
            SourceLocation(file: "m.erl", line: 2, column: 6),
        ])
    }

    func testReservedWordsAreKeywordsButMaybeAndElseAreAtomsAsInOTP25() throws {
        XCTAssertEqual(try kinds("case maybe else andalso"),
                       [.keyword("case"), .atom("maybe"), .atom("else"), .keyword("andalso"), .eof])
    }

    func testDoubleQuestionMarkIsOneTokenForThePreprocessor() throws {
        XCTAssertEqual(try kinds("??X ?Y"), [.punct("??"), .variable("X"), .punct("?"), .variable("Y"), .eof])
    }

    func testAdjacentStringsStaySeparate() throws {
        XCTAssertEqual(try kinds(#""ab" "c""#), [.string([97, 98]), .string([99]), .eof])
    }

    func testIntegersTooLargeForIntAreDecimalDigits() throws {
        XCTAssertEqual(try kinds("9223372036854775807 9223372036854775808 16#10000000000000000 2#1_0"), [
            .integer(Int.max), .bigInteger("9223372036854775808"), .bigInteger("18446744073709551616"),
            .integer(2), .eof,
        ])
    }

    func testDotNeedsWhitespaceCommentOrEndAfterIt() throws {
        XCTAssertEqual(try kinds("a.b a.%c\nx. y."), [
            .atom("a"), .punct("."), .atom("b"), .atom("a"), .dot, .atom("x"), .dot, .atom("y"), .dot, .eof,
        ])
    }

    func testEveryScanErrorOfTheFileIsReported() {
        XCTAssertEqual(errors("f() -> 37#1.\ng() -> $\\x{D800}.\nh() -> \"abc"), [
            "t.erl:1:8: illegal base '37'",
            "t.erl:2:8: illegal character",
            "t.erl:3:8: unterminated string starting with \"abc\"",
        ])
    }

    func testRecoveringDropsTheBadFormUpToTheErrorLikeEpp() throws {
        let (tokens, errors) = Lexer.tokenizeRecovering("a. f() -> 37#1 + x. b.", file: "t.erl")
        XCTAssertEqual(errors.map(\.description), ["t.erl:1:11: illegal base '37'"])
        XCTAssertEqual(tokens.map(\.kind), [
            .atom("a"), .dot, .punct("#"), .integer(1), .punct("+"), .atom("x"), .dot, .atom("b"), .dot, .eof,
        ])
        // ...so the parser reports what erlc reports for this line (`a.` and `b.` are
        // not forms either): erlc prints these and the scan error, by position.
        XCTAssertEqual(Parser.parseForms(tokens).compactMap { result -> String? in
            if case .failure(let e) = result { return e.diagnostic.description }
            return nil
        }, ["t.erl:1:2: syntax error before: '.'", "t.erl:1:13: syntax error before: '#'",
            "t.erl:1:22: syntax error before: '.'"])
    }

    func testUnterminatedQuotesShowTheirFirstSixteenCharacters() {
        XCTAssertEqual(errors("'abcdefghijklmnopqrstuvwxyz"),
                       ["t.erl:1:1: unterminated atom starting with 'abcdefghijklmnop'"])
        XCTAssertEqual(errors("\"a\\^\".\n"), ["t.erl:1:1: unterminated string starting with \"a\\002.\\n\""])
    }

    func testCharactersAboveLatin1AreIllegalOutsideQuotes() throws {
        XCTAssertEqual(errors("x α"), ["t.erl:1:3: illegal character"])
        XCTAssertEqual(try kinds("$α \"α\" 'α'"), [.char(945), .string([945]), .atom("α"), .eof])
    }

    func testInvalidUTF8BecomesAnIllegalReplacementCharacter() {
        let source = String(decoding: [0x61, 0x20, 0xFF, 0x2E] as [UInt8], as: UTF8.self)
        XCTAssertEqual(errors(source), ["t.erl:1:3: illegal character"])
    }

    func testByteOrderMarkIsSkipped() throws {
        XCTAssertEqual(try kinds("\u{FEFF}a."), [.atom("a"), .dot, .eof])
    }

    func testNamesLongerThan255CharactersAreIllegal() {
        XCTAssertEqual(errors(String(repeating: "a", count: 256)), ["t.erl:1:1: illegal atom"])
        XCTAssertEqual(errors("'" + String(repeating: "a", count: 256) + "'"), ["t.erl:1:1: illegal atom"])
        XCTAssertEqual(errors("V" + String(repeating: "a", count: 255)), ["t.erl:1:1: illegal var"])
    }

    func testEmptyInputIsJustEof() throws {
        XCTAssertEqual(try kinds(""), [.eof])
        XCTAssertEqual(try kinds("  % only a comment"), [.eof])
    }
}

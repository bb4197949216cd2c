import XCTest
@testable import ErlangRuntime
@testable import ErlangBuiltins

/// Term printing and io_lib formatting. Every expected string here was printed by
/// Erlang/OTP 25 (`erl -noshell -eval`), and `testRecordedCorpus` checks several thousand
/// more cases recorded by `FormatTests+OTP.swift`.
final class FormatTests: XCTestCase {
    func term(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Term {
        do { return try TermLiteral.parse(text) } catch {
            XCTFail("cannot parse \(text): \(error)", file: file, line: line)
            return .nil
        }
    }

    func format(_ f: String, _ args: String) throws -> String {
        try IOFormat.format(.string(f), term(args))
    }

    func assertBadarg(_ f: String, _ args: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let out = try IOFormat.format(.string(f), term(args))
            XCTFail("expected badarg, got \(out)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.reason, .atom(.badarg), file: file, line: line)
        }
    }

    // MARK: - Recorded corpus

    func testRecordedCorpus() {
        let result = checkCorpus(Self.recordedCorpus)
        XCTAssertGreaterThan(result.total, 4000)
        XCTAssertEqual(result.failures, 0, "\(result.failures) of \(result.total) recorded cases differ")
    }

    // MARK: - ~w

    func testWriteFloatsShortest() {
        let cases: [(Double, String)] = [
            (1.0, "1.0"), (0.1, "0.1"), (1.0e10, "1.0e10"), (1.2345678901234567e-5, "1.2345678901234568e-5"),
            (-0.0, "-0.0"), (0.0, "0.0"), (1.0e15, "1.0e15"), (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"), (12345678901234567.0, "1.2345678901234568e16"),
            (1.0e-4, "0.0001"), (1.0e-5, "1.0e-5"), (Double.leastNonzeroMagnitude, "5.0e-324"),
            (1.7976931348623157e308, "1.7976931348623157e308"), (100.0, "100.0"), (1.0e3, "1.0e3"),
            (9007199254740992.0, "9.007199254740992e15"), (9007199254740990.0, "9007199254740990.0"),
            (0.0005, "0.0005"), (1.2e-4, "1.2e-4"), (1.0e23, "1.0e23"), (2.0e-7, "2.0e-7"),
        ]
        for (f, want) in cases { XCTAssertEqual(TermWriter.write(.float(f)), want) }
    }

    func testWriteAtoms() {
        XCTAssertEqual(TermWriter.write(term("['Hello','a b',[],'[]',hello,aB,a@b,'a.b','_x','if','end','','A','\\n','a\\'b',ok,'{}',a1_@,maybe,else,query]")),
                       "['Hello','a b',[],'[]',hello,aB,a@b,'a.b','_x','if','end','','A','\\n','a\\'b',ok,'{}',a1_@,maybe,else,query]")
        // latin1 letters, and characters above 255 escaped unless ~tw.
        let atoms = Term.list([Atom("\u{e9}"), Atom("a\u{e9}"), Atom("\u{153}"), Atom("a\u{153}"), Atom("\u{c0}"), Atom("a\u{d8}")].map { .atom($0) })
        XCTAssertEqual(TermWriter.write(atoms), "[\u{e9},a\u{e9},'\\x{153}','a\\x{153}','\u{c0}',a\u{d8}]")
        XCTAssertEqual(TermWriter.write(atoms, depth: -1, encoding: .unicode), "[\u{e9},a\u{e9},'\u{153}','a\u{153}','\u{c0}',a\u{d8}]")
        let controls = Term.atom(Atom(String(scalars: [1, 7, 8, 9, 10, 26, 27, 32, 127, 128, 159, 160, 255])))
        XCTAssertEqual(TermWriter.write(controls), "'\\001\\007\\b\\t\\n\\032\\e \\d\\200\\237\u{a0}\u{ff}'")
    }

    func testWriteCompoundTerms() {
        XCTAssertEqual(TermWriter.write(term("{1,-2,3.5,-0.0,a,\"str\",<<\"b\">>}")), "{1,-2,3.5,-0.0,a,[115,116,114],<<98>>}")
        XCTAssertEqual(TermWriter.write(term("[a|b]")), "[a|b]")
        XCTAssertEqual(TermWriter.write(term("<<1:3>>")), "<<1:3>>")
        XCTAssertEqual(TermWriter.write(term("<<\"abc\",1:3>>")), "<<97,98,99,1:3>>")
        XCTAssertEqual(TermWriter.write(term("#{b => 1, a => 2, 1 => x, 1.0 => y, \"s\" => z, {t} => w}")),
                       "#{1 => x,1.0 => y,a => 2,b => 1,{t} => w,[115] => z}")
        XCTAssertEqual(TermWriter.write(term("-123456789012345678901234567890")), "-123456789012345678901234567890")
        XCTAssertEqual(TermWriter.write(.pid(Pid(85))), "<0.85.0>")
    }

    func testWriteFuns() {
        let external = ErlFun(kind: .external(module: Atom("lists"), function: Atom("map")), module: Atom("lists"),
                              name: "map", arity: 2, index: 0, uniq: 0)
        XCTAssertEqual(TermWriter.write(.fun(external)), "fun lists:map/2")
        let local = ErlFun(kind: .local(code: NSObject(), env: []), module: Atom("erl_eval"),
                           name: "-expr/5-fun-0-", arity: 1, index: 42, uniq: 3316493)
        XCTAssertEqual(TermWriter.write(.fun(local)), "#Fun<erl_eval.42.3316493>")
    }

    func testWriteDepth() {
        let cases: [(String, Int, String)] = [
            ("[1,2,3,4,5]", 3, "[1,2|...]"), ("{1,2,3,4,5}", 3, "{1,2,...}"), ("[1,2|3]", 2, "[1|...]"),
            ("[1,2|3]", 3, "[1,2|...]"), ("\"abcdef\"", 3, "[97,98|...]"), ("<<\"abcdef\">>", 3, "<<97,98,...>>"),
            ("<<1,2,3,4,5,1:3>>", 6, "<<1,2,3,4,5,...>>"), ("<<1,2,3,4,5,1:3>>", 7, "<<1,2,3,4,5,1:3>>"),
            ("#{a => 1}", 1, "#{}"), ("#{a => 1}", 2, "#{a => 1,...}"), ("#{a => 1}", 3, "#{a => 1}"),
            ("#{a => {x,{y}}, b => [1,2,3], c => 3}", 3, "#{a => {x,...},b => [1|...],...}"),
            ("{a, \"b\"}", 1, "{...}"), ("{a, \"b\"}", 2, "{a,...}"), ("abc", 0, "..."), ("[1,2,3]", -3, "[1,2,3]"),
        ]
        for (t, depth, want) in cases { XCTAssertEqual(TermWriter.write(term(t), depth: depth), want, t) }
    }

    // MARK: - ~p

    func testPrintStringsAndBinaries() {
        XCTAssertEqual(TermPrinter.print(term("[$a, $', $\", $\\\\, 8,9,10,11,12,13,27]")), "\"a'\\\"\\\\\\b\\t\\n\\v\\f\\r\\e\"")
        XCTAssertEqual(TermPrinter.print(term("<<\"a\", 160, 255>>")), "<<\"a\u{a0}\u{ff}\">>")
        XCTAssertEqual(TermPrinter.print(term("<<\"a\", 127>>")), "<<97,127>>")
        XCTAssertEqual(TermPrinter.print(term("[$a,$b|$c]")), "[97,98|99]")
        XCTAssertEqual(TermPrinter.print(term("[\"a\",[],\"b\"]")), "[\"a\",[],\"b\"]")
        XCTAssertEqual(TermPrinter.print(term("<<\"h\u{e9}\"/utf8>>"), unicode: true), "<<\"h\u{e9}\"/utf8>>")
        XCTAssertEqual(TermPrinter.print(term("<<\"h\u{e9}\"/utf8>>")), "<<\"h\u{c3}\u{a9}\">>")
        XCTAssertEqual(TermPrinter.print(term("<<\"h\u{400}\"/utf8>>"), unicode: true), "<<104,208,128>>")
        XCTAssertEqual(TermPrinter.print(term("[104,1024]"), unicode: true), "[104,1024]")
    }

    func testPrintLineBreaking() {
        XCTAssertEqual(TermPrinter.print(term("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]")),
                       "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32,33,34,35,36,37,38,39,40]")
        XCTAssertEqual(TermPrinter.print(term("[{a,1},{b,2},{c,3},{d,4},{e,5},{f,6},{g,7},{h,8},{i,9},{j,10},{k,11},{l,12},{m,13}]")),
                       "[{a,1},\n {b,2},\n {c,3},\n {d,4},\n {e,5},\n {f,6},\n {g,7},\n {h,8},\n {i,9},\n {j,10},\n {k,11},\n {l,12},\n {m,13}]")
        XCTAssertEqual(TermPrinter.print(term("{aaaaaaa,bbbbbbbbbbbbbbb,ccccccccccccccc}"), lineLength: 20),
                       "{aaaaaaa,\n    bbbbbbbbbbbbbbb,\n    ccccccccccccccc}")
        XCTAssertEqual(TermPrinter.print(term("{aaaaaaa,bbbbbbbbbbbbbbb,ccccccccccccccc}"), column: 5, lineLength: 20),
                       "{aaaaaaa,\n        bbbbbbbbbbbbbbb,\n        ccccccccccccccc}")
        XCTAssertEqual(TermPrinter.print(term("{aaa,b,c,dddddddddddddddddd}"), lineLength: 20), "{aaa,b,c,\n     dddddddddddddddddd}")
        XCTAssertEqual(TermPrinter.print(term("[a,b,c,d,e,f]"), lineLength: 10), "[a,b,c,\n d,e,f]")
        XCTAssertEqual(TermPrinter.print(term("#{a => 1, b => [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30], c => {\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}}")),
                       "#{a => 1,\n  b =>\n      [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n       27,28,29,30],\n  c => {\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}}")
        XCTAssertEqual(TermPrinter.print(term("<<1,2,3,4,5,6,7,8,9,10,11,12,13,14>>"), lineLength: 20),
                       "<<1,2,3,4,5,6,7,8,\n  9,10,11,12,13,14>>")
        XCTAssertEqual(TermPrinter.print(term("{a, <<1,2,3,4,5,6,7,8,9,10,11,12,13,14>>}"), lineLength: 20),
                       "{a,<<1,2,3,4,5,6,\n     7,8,9,10,11,\n     12,13,14>>}")
        // A line length of 0 never breaks.
        XCTAssertEqual(TermPrinter.print(term("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]"), lineLength: 0).contains("\n"), false)
    }

    func testPrintDepth() {
        let cases: [(String, Int, String)] = [
            ("\"abcdef\"", 1, "[...]"), ("\"abcdef\"", 2, "\"abcdef\""), ("[\"abcdef\"]", 2, "[[...]]"),
            ("[1,2,3,4,5]", 5, "[1,2,3,4|...]"), ("{a,{b,{c,{d}}}}", 3, "{a,{...}}"), ("[a,[b,[c,[d]]]]", 4, "[a,[b|...]]"),
            ("#{a => 1, b => 2, c => 3}", 2, "#{a => 1,...}"), ("#{{a,b} => [1,2]}", 3, "#{{a,...} => [1|...]}"),
            ("<<\"abcdef\">>", 1, "<<...>>"), ("<<\"abcdef\">>", 2, "<<\"abcd\"...>>"),
            ("<<\"abcdefghijklmnopqrstuvwxyz0123456789\">>", 7, "<<\"abcdefghijklmnopqrstuvwx\"...>>"),
            ("<<\"ab\", 1, \"cdefgh\">>", 3, "<<\"ab\"...>>"), ("<<1,2,3,4,5>>", 3, "<<1,2,...>>"),
            ("{\"abc\", <<\"abc\">>}", 2, "{[...],...}"), ("[[1,2|3]]", 3, "[[1|...]]"), ("abc", 0, "..."),
        ]
        for (t, depth, want) in cases { XCTAssertEqual(TermPrinter.print(term(t), depth: depth), want, t) }
        XCTAssertEqual(TermPrinter.print(term("<<\"h\u{e9}llo w\u{f6}rld\"/utf8>>"), depth: 3, unicode: true),
                       "<<\"h\u{e9}llo w\u{f6}\"/utf8...>>")
    }

    /// A term nested 3000 deep prints (as OTP does, on one line) even from a thread with
    /// a small stack, like a scheduler thread's.
    func testPrintDeeplyNestedTermOnSmallStack() {
        var built = Term.nil
        for _ in 0..<3000 { built = .list([built]) }
        let expected = TermWriter.write(built)
        XCTAssertEqual(expected.count, 6002)
        let box = ResultBox()
        box.term = built
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.text = TermPrinter.print(box.term)
            // Let go here, so the deep term is freed by this test, not on the small stack.
            box.term = .nil
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(box.text, expected)
    }

    private final class ResultBox: @unchecked Sendable {
        var term = Term.nil
        var text = ""
    }

    // MARK: - io_lib:format

    func testFormatColumnTracking() throws {
        let seq = "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]"
        XCTAssertEqual(try format("\t~p", "[\(seq)]"),
                       "\t[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30]")
        XCTAssertEqual(try format("~s~p", "[\"abc\\nde\", \(seq)]"),
                       "abc\nde[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n   29,30]")
        XCTAssertEqual(try format("~.3p", "[\(seq)]"),
                       "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n   29,30]")
    }

    func testFormatFieldsAndPadding() throws {
        XCTAssertEqual(try format("~5s|~-5s|~.2s|~5.2s|~-5.2s|~3s|", "[\"abc\", \"abc\", \"abc\", \"abc\", \"abc\", \"abcdef\"]"),
                       "  abc|abc  |ab|   ab|ab   |abc|")
        XCTAssertEqual(try format("~10.5s|~10.5.xs|~-10.5.xs|~.5.xs|", "[\"abc\", \"abc\", \"abc\", \"abc\"]"),
                       "     abc  |xxxxxabcxx|abcxxxxxxx|abcxx|")
        XCTAssertEqual(try format("~5w|~-5w|~2w|~5.2w|~.2w|~5..xw|~.5.xw|", "[a, a, abc, abc, abc, a, abc]"),
                       "    a|a    |**|   **|**|xxxxa|xxabc|")
        XCTAssertEqual(try format("~c|~5c|~5.2c|~-5.2c|~.3c|~*c", "[$a, $b, $c, $d, $e, 4, $f]"), "a|bbbbb|   cc|dd   |eee|ffff")
        XCTAssertEqual(try format("~*w|~-*w|~*.*.*w|", "[-5, a, -5, a, 5, 2, $-, a]"), "a    |    a|----a|")
        XCTAssertEqual(try format("~n|~5n|~~|~5~|", "[]"), "\n|\n\n\n\n\n|~|~~~~~|")
        XCTAssertEqual(try format("~s|~s|~s|~s", "[abc, <<\"bin\">>, [$a, [$b, <<\"cd\">>], $e], 'Quoted Atom']"), "abc|bin|abcde|Quoted Atom")
        XCTAssertEqual(try format("~c|~tc", "[339, 339]"), "S|\u{153}")
        XCTAssertEqual(try format("~10.3ts|", "[[1024]]"), "       \u{400}  |")
    }

    func testFormatNumbers() throws {
        XCTAssertEqual(try format("~b|~B|~x|~X|~#|~+", "[10, 255, 255, \"0x\", 255, \"0X\", 255, 255]"), "10|255|0x255|0X255|10#255|10#255")
        XCTAssertEqual(try format("~.16b|~.16B|~.16x|~.16X|~.16#|~.16+|~.2b|~.36B|~.36b",
                                  "[255, 255, 255, \"0x\", 255, \"0X\", 255, 255, 5, 123456789, 123456789]"),
                       "ff|FF|0xff|0XFF|16#FF|16#ff|101|21I3V9|21i3v9")
        XCTAssertEqual(try format("~.16b|~.16B|~.16#|~.16+|~.16x", "[-255, -255, -255, -255, -255, \"0x\"]"), "-ff|-FF|-16#FF|-16#ff|-0xff")
        XCTAssertEqual(try format("~8.16.0B|~-8.16.0B|~8B|~2B|", "[255, 255, 5, 12345]"), "000000FF|FF000000|       5|**|")
        XCTAssertEqual(try format("~.16x|~.16x", "[255, abc, 255, 'Q']"), "abcff|Qff")
        XCTAssertEqual(try format("~B", "[123456789012345678901234567890]"), "123456789012345678901234567890")
    }

    func testFormatFloats() throws {
        XCTAssertEqual(try format("~g|~g|~g|~g|~g|~g|~.3g|~.3g|~g", "[1.0, 0.1, 0.01, 123456.0, 1234567.0, 1.0e-10, 1.0, 123456.0, 99999.95]"),
                       "1.00000|0.100000|1.00000e-2|1.23456e+5|1.23457e+6|1.00000e-10|1.00|1.23e+5|9.99999e+4")
        XCTAssertEqual(try format("~.1g|~.1g|~.1g|~.1g|~.2g|~.2g", "[0.5, 5.0, 50.0, 0.05, 0.5, 5.0]"), "0.5|5.0e+0|5.0e+1|5.0e-2|0.50|5.0")
        XCTAssertEqual(try format("~.2f ~.1f ~.1f", "[0.125, 0.25, 0.35]"), "0.13 0.3 0.3")
        XCTAssertEqual(try format("~f|~f|~.1f|~.1f", "[-1.0e-20, 0.0, -0.04, -0.05]"), "-0.000000|0.000000|-0.0|-0.1")
        XCTAssertEqual(try format("~.2e|~.2e|~e|~e", "[9.96, 9.94, -1.0e-20, 0.0]"), "1.0e+1|9.9e+0|-1.00000e-20|0.00000e+0")
        XCTAssertEqual(try format("~10.3f|~-10.3f|~10.3.0f|~-10.3.*f|", "[3.14159, 3.14159, 3.14159, $x, 3.14159]"),
                       "     3.142|3.142     |000003.142|3.142xxxxx|")
        XCTAssertEqual(try format("~3.1f|~2f|~3e|", "[3.14159, 3.14159, 3.14159]"), "3.1|**|***|")
        XCTAssertEqual(try format("~f", "[1.0e300]").prefix(30), "100000000000000005250000000000")
    }

    func testFormatErrors() {
        for (f, a) in [("~d", "[a]"), ("~w ~w", "[a]"), ("a", "[x]"), ("~w", "[a, b]"), ("~s", "[[339]]"), ("~z", "[a]"),
                       ("~f", "[1]"), ("~.0f", "[1.0]"), ("~.1e", "[1.0]"), ("~.0g", "[1.0]"), ("~.37B", "[5]"),
                       ("~.1B", "[5]"), ("~B", "[1.0]"), ("~c", "[a]"), ("abc~", "[]"), ("~-", "[]"), ("~10", "[]"),
                       ("~-10p", "[a]"), ("~*w", "[a, a]"), ("~-5n", "[]"), ("~5.6s", "[\"abc\"]"), ("~5.6c", "[$a]"),
                       ("~W", "[a, b]"), ("~P", "[[1,2,3], 1.0]"), ("~.16x", "[255, <<\"0x\">>]"), ("~s", "[[$a|$b]]"),
                       ("~s", "[<<1:3>>]"), ("~s", "[{a}]")] {
            assertBadarg(f, a)
        }
        XCTAssertThrowsError(try IOFormat.format(term("[$a, \"b~w\"]"), term("[1]")))
        XCTAssertThrowsError(try IOFormat.format(.string("a~w"), .atom("x")))
    }

    func testFormatArgumentForms() throws {
        XCTAssertEqual(try IOFormat.format(.atom("a"), .nil), "a")
        XCTAssertEqual(try IOFormat.format(.binary("a~w"), term("[1]")), "a1")
        XCTAssertEqual(try IOFormat.format(.binary(Array("\u{e9}~w".utf8)), term("[1]")), "\u{c3}\u{a9}1")
        XCTAssertEqual(try format("\u{400}~w", "[1]"), "\u{400}1")
        XCTAssertEqual(try format("~ts|~ts|~ts", "[<<104,233>>, [1024|<<\"a\">>], [<<\"a\">>, <<255>>]]"), "h\u{e9}|\u{400}a|a\u{ff}")
        XCTAssertEqual(try format("~lp|~p|~lw", "[\"abc\", \"abc\", [1,2]]"), "[97,98,99]|\"abc\"|[1,2]")
    }

    // MARK: - float_to_list/2

    func testFloatToListOptions() throws {
        func f(_ x: Double, _ options: String) throws -> String { try FloatToText.text(.float(x), term(options)) }
        XCTAssertEqual(try f(0.125, "[{decimals, 2}]"), "0.13")
        XCTAssertEqual(try f(0.35, "[{decimals, 1}]"), "0.4")
        XCTAssertEqual(try f(2.675, "[{decimals, 2}]"), "2.67")
        XCTAssertEqual(try f(7.4, "[{decimals, 18}]"), "7.400000000000000384")
        XCTAssertEqual(try f(0.1, "[{decimals, 19}]"), "0.1000000000000000056")
        XCTAssertEqual(try f(1.0e23, "[{decimals, 0}]"), "99999999999999991611392")
        XCTAssertEqual(try f(1.5, "[{decimals, 3}, compact]"), "1.5")
        XCTAssertEqual(try f(100.0, "[{decimals, 3}, compact]"), "100.0")
        XCTAssertEqual(try f(-1.0e-20, "[{decimals, 2}, compact]"), "-0.0")
        XCTAssertEqual(try f(10.0, "[{decimals, 0}, compact]"), "10")
        XCTAssertEqual(try f(0.125, "[{scientific, 1}]"), "1.2e-01")
        XCTAssertEqual(try f(2.5, "[{scientific, 0}]"), "2e+00")
        XCTAssertEqual(try f(1.0, "[{scientific, -1}]"), "1.000000e+00")
        XCTAssertEqual(try f(1.0, "[]"), "1.00000000000000000000e+00")
        XCTAssertEqual(try f(1.5, "[{scientific, 3}, {decimals, 2}]"), "1.50")
        XCTAssertEqual(try f(1.5, "[{decimals, 2}, short]"), "1.5")
        XCTAssertEqual(try f(9007199254740992.0, "[short]"), "9.007199254740992e15")
        for bad in ["[{decimals, 254}]", "[{decimals, -1}]", "[{decimals, 1.0}]", "[foo]", "[{short}]", "[{decimals, 2}|foo]",
                    "foo", "[{scientific, 250}]"] {
            XCTAssertThrowsError(try f(1.0, bad), bad)
        }
        XCTAssertThrowsError(try f(-1.0, "[{decimals, 253}]"))
        XCTAssertThrowsError(try f(1.0e300, "[{decimals, 3}]"))
        XCTAssertThrowsError(try FloatToText.text(.int(1), .nil))
    }

    // MARK: - BIF tables

    func callBIF(_ table: BIFTable, _ key: String, _ args: [Term]) throws -> Term {
        let vm = ErlangVM()
        let process = ErlProcess(pid: Pid(1), vm: vm)
        guard let bif = table.functions[key] else { XCTFail("no \(table.module):\(key)"); return .nil }
        return try Arguments.with(args) { (a: Arguments) throws(ErlangError) in try bif(a, process) }
    }

    func testIOLibBIFs() throws {
        let t = Builtins.ioLibTable
        // OTP nests the output of ~p, ~w and ~s (of a list) as sublists: [[120],45,[121],45,55].
        XCTAssertEqual(try callBIF(t, "format/2", [.string("~p-~s-~b"), term("[x, \"y\", 7]")]), term("[[120],45,[121],45,55]"))
        XCTAssertEqual(try callBIF(t, "fwrite/2", [.string("~c~s~n"), term("[$a, abc]")]), term("\"aabc\\n\""))
        XCTAssertEqual(try callBIF(t, "write/2", [term("[1,2,3]"), .int(2)]), .string("[1|...]"))
        XCTAssertEqual(try callBIF(t, "write_atom/1", [.atom("a b")]), .string("'a b'"))
        XCTAssertEqual(try callBIF(t, "write_string/1", [.string("a\"b")]), .string("\"a\\\"b\""))
        XCTAssertEqual(try callBIF(t, "write_string/1", [term("[1024, 0]")]), .string("\"\u{400}\\000\""))
        XCTAssertEqual(try callBIF(t, "write_char/1", [.int(32)]), .string("$\\s"))
        XCTAssertEqual(try callBIF(t, "write_char/1", [.int(130)]), .string("$\\202"))
        XCTAssertEqual(try callBIF(t, "char_list/1", [term("[1024]")]), .true)
        XCTAssertEqual(try callBIF(t, "char_list/1", [term("[55296]")]), .false)
        XCTAssertEqual(try callBIF(t, "printable_list/1", [term("[1024]")]), .false)
        XCTAssertEqual(try callBIF(t, "printable_unicode_list/1", [term("[97, 255, 1024]")]), .true)
        XCTAssertEqual(try callBIF(t, "deep_char_list/1", [term("[$a, [$b, \"c\"]]")]), .true)
        XCTAssertEqual(try callBIF(t, "deep_char_list/1", [term("[$a, [$b, <<\"c\">>]]")]), .false)
        XCTAssertEqual(try callBIF(t, "print/4", [term("[1,2,3,4,5,6,7,8,9,10,11,12]"), .int(40), .int(50), .int(-1)]),
                       .string("[1,2,3,4,\n                                        5,6,7,8,\n                                        9,10,11,\n                                        12]"))
        XCTAssertEqual(try callBIF(t, "nl/0", []), .string("\n"))
        XCTAssertThrowsError(try callBIF(t, "format/2", [.string("~d"), term("[a]")]))
    }

    func testFloatBIFs() throws {
        let t = Builtins.floatFormatTable
        XCTAssertEqual(try callBIF(t, "float_to_list/1", [.float(0.125)]), .string("1.25000000000000000000e-01"))
        XCTAssertEqual(try callBIF(t, "float_to_binary/2", [.float(1.5), term("[{decimals, 3}]")]), .binary("1.500"))
        XCTAssertThrowsError(try callBIF(t, "float_to_binary/2", [.float(1.5), term("[bad]")]))
    }

    func testIODevices() throws {
        XCTAssertEqual(IODevice.deviceText("a\u{e9}\u{400}"), "a\u{e9}\\x{400}")
        XCTAssertThrowsError(try IODevice(.atom("foo")))
        XCTAssertNoThrow(try IODevice(.atom("standard_error")))
        XCTAssertNoThrow(try IODevice(.pid(Pid(3))))
        XCTAssertThrowsError(try callBIF(Builtins.ioTable, "put_chars/1", [.atom("abc")]))
        XCTAssertThrowsError(try callBIF(Builtins.ioTable, "put_chars/1", [.binary([255])]))
        XCTAssertThrowsError(try callBIF(Builtins.ioTable, "format/3", [.atom("foo"), .string("~w"), term("[1]")]))
    }
}

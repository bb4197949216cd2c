import Foundation
import XCTest
@testable import ErlangSyntax

/// Unit tests of the parser's interface and AST shapes. The bulk of the grammar,
/// locations and error messages is compared with OTP by FixtureTests.
final class ParserTests: XCTestCase {
    private func expr(_ source: String) throws -> Expr {
        let exprs = try Parser.parseExprs(try Lexer.tokenize(source, file: "t.erl"))
        XCTAssertEqual(exprs.count, 1)
        return exprs[0]
    }

    /// The expression in the compact notation of SyntaxPrinter, without locations.
    private func shape(_ source: String) throws -> String {
        SyntaxPrinter.expr(try expr(source)).replacingOccurrences(of: #"@\d+:\d+"#, with: "", options: .regularExpression)
    }

    private func module(_ source: String) throws(CompileFailure) -> ModuleAST {
        try Parser.parseModule(try Lexer.tokenize(source, file: "t.erl"), file: "t.erl")
    }

    private func moduleErrors(_ source: String) -> [String] {
        do throws(CompileFailure) {
            _ = try module(source)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    private func exprErrors(_ source: String) -> [String] {
        do throws(CompileFailure) {
            _ = try Parser.parseExprs(try Lexer.tokenize(source, file: "t.erl"))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    // MARK: Precedence and associativity

    func testArithmeticPrecedenceAndLeftAssociativity() throws {
        XCTAssertEqual(try shape("1 + 2 * 3 - 4."), "op(-,op(+,1,op(*,2,3)),4)")
        XCTAssertEqual(try shape("a div b rem c."), "op(rem,op(div,'a','b'),'c')")
    }

    func testListOperatorsMatchAndSendAreRightAssociative() throws {
        XCTAssertEqual(try shape("a ++ b -- c."), "op(++,'a',op(--,'b','c'))")
        XCTAssertEqual(try shape("X = Y ! Z = W."), "match(X,op(!,Y,match(Z,W)))")
    }

    func testBooleanOperatorLevels() throws {
        XCTAssertEqual(try shape("a orelse b andalso c."), "op(orelse,'a',op(andalso,'b','c'))")
        XCTAssertEqual(try shape("not a == b."), "op(==,op(not,'a'),'b')")
        XCTAssertEqual(try shape("a < b andalso c."), "op(andalso,op(<,'a','b'),'c')")
    }

    func testComparisonsDoNotChain() {
        XCTAssertEqual(exprErrors("a == b == c."), ["t.erl:1:8: syntax error before: '=='"])
    }

    func testCatchTakesEverythingToItsRight() throws {
        XCTAssertEqual(try shape("1 + catch 2 * 3."), "op(+,1,catch(op(*,2,3)))")
        XCTAssertEqual(try shape("X = catch f()."), "match(X,catch(call('f';)))")
    }

    func testNumericLiteralsAbsorbTheirSign() throws {
        XCTAssertEqual(try expr("-1.").kind.integerValue, -1)
        XCTAssertEqual(try expr("+7.").kind.integerValue, 7)
        XCTAssertEqual(try expr("-$a.").kind.integerValue, -97)
        XCTAssertEqual(try expr("-9223372036854775808.").kind.integerValue, Int.min)
        guard case .bigInteger("-9223372036854775809") = try expr("-9223372036854775809.").kind else {
            return XCTFail("expected a negative big integer")
        }
        guard case .float(-2.5) = try expr("-2.5.").kind else { return XCTFail("expected -2.5") }
        XCTAssertEqual(try shape("- - 1."), "op(-,-1)")
        XCTAssertEqual(try shape("-X."), "op(-,X)")
    }

    // MARK: Constructs

    func testListsConsAndStrings() throws {
        XCTAssertEqual(try shape("[1, 2 | T]."), "[1|[2|T]]")
        XCTAssertEqual(try shape("[]."), "[]")
        guard case .string(let text) = try expr(#""ab" "c"."#).kind else { return XCTFail("expected a string") }
        XCTAssertEqual(text, [97, 98, 99])
        guard case .char(97) = try expr("$a.").kind else { return XCTFail("expected a char") }
    }

    func testComprehensions() throws {
        XCTAssertEqual(try shape("[X || X <- L, X > 1]."), "lc(X;gen(X,L),op(>,X,1))")
        XCTAssertEqual(try shape("<< <<B>> || <<B>> <= Bin >>."),
                       "bc(bin(el(B:default/default));bgen(bin(el(B:default/default)),Bin))")
    }

    func testMapsAndRecords() throws {
        XCTAssertEqual(try shape("M#{a => 1, b := 2}#{c => 3}."), "map(map(M;'a'=>1,'b':=2);'c'=>3)")
        XCTAssertEqual(try shape("#r{a = 1, _ = 2}."), "rec(none;'r';'a'=1,_=2)")
        XCTAssertEqual(try shape("E#r{a = 1}."), "rec(E;'r';'a'=1)")
        XCTAssertEqual(try shape("E#r.a."), "rfield(E;'r';'a')")
        XCTAssertEqual(try shape("#r.a."), "rindex('r';'a')")
    }

    func testBinarySegments() throws {
        let e = try expr("<<X:8/integer-unsigned-big, B/binary, F:64/float, (S):4, U/utf8, Y:N/unit:8>>.")
        guard case .binary(let elements) = e.kind else { return XCTFail("expected a binary") }
        XCTAssertEqual(elements.map(\.specifiers), [
            ["integer", "unsigned", "big"], ["binary"], ["float"], [], ["utf8"], ["unit:8"],
        ])
        XCTAssertEqual(elements.map { $0.size != nil }, [true, false, true, true, false, true])
    }

    func testFunForms() throws {
        XCTAssertEqual(try shape("fun f/1."), "funref('f'/1)")
        XCTAssertEqual(try shape("fun M:F/A."), "funref(M,F,A)")
        XCTAssertEqual(try shape("fun (X) when X > 0 -> X; (_) -> 0 end."),
                       "fun([cl(X;[op(>,X,0)];X),cl(_;;0)])")
        XCTAssertEqual(try shape("fun F(0) -> 1; F(N) -> F(N - 1) end."),
                       "nfun(F;[cl(0;;1),cl(N;;call(F;op(-,N,1)))])")
    }

    func testTryCatchClauses() throws {
        let e = try expr("try f() of X -> X catch Reason -> 1; error:R:S when S =/= [] -> 2 after g() end.")
        guard case .try(let body, let ofClauses, let catches, let after) = e.kind else { return XCTFail("expected try") }
        XCTAssertEqual([body.count, ofClauses.count, catches.count, after.count], [1, 1, 2, 1])
        XCTAssertNil(catches[0].classPattern, "a missing class means throw")
        XCTAssertNil(catches[0].stacktrace)
        guard case .atom("error")? = catches[1].classPattern?.kind else { return XCTFail("expected class error") }
        XCTAssertEqual(catches[1].stacktrace, "S")
        XCTAssertEqual(catches[1].guards.count, 1)
    }

    func testReceiveWithOnlyAfter() throws {
        guard case .receive(let clauses, let after?) = try expr("receive after 100 -> ok end.").kind else {
            return XCTFail("expected receive with after")
        }
        XCTAssertTrue(clauses.isEmpty)
        XCTAssertEqual(after.body.count, 1)
    }

    func testIfAndCaseGuardSequences() throws {
        XCTAssertEqual(try shape("if A, B; C -> x; true -> y end."), "if([cl(;[A,B];[C];'x'),cl(;['true'];'y')])")
        XCTAssertEqual(try shape("case X of {A} when A > 1 -> A end."), "case(X;[cl({A};[op(>,A,1)];A)])")
    }

    func testCallsAndRemoteCalls() throws {
        XCTAssertEqual(try shape("m:f(1)."), "call(remote('m','f');1)")
        XCTAssertEqual(try shape("(F)(1)."), "call(F;1)")
        XCTAssertEqual(try shape("fun() -> ok end()."), "call(fun([cl(;;'ok')]);)")
    }

    // MARK: Forms

    func testModuleForms() throws {
        let m = try module("""
            -module(m).
            -export([f/1, g/0]).
            -import(lists, [map/2]).
            -compile([export_all, {inline, [f/1]}]).
            -record(r, {a, b = 1, c :: integer(), d = [] :: list()}).
            -behavior(gen_server).
            -on_load(init/0).
            -type t() :: {a, b}.
            -spec f(t()) -> ok.
            -vsn(1).
            -file("m.erl", 1).
            f(X) -> X.
            g() -> ok.
            """)
        XCTAssertEqual(m.name, "m")
        XCTAssertEqual(m.forms.count, 13)
        guard case .export(let names, _) = m.forms[1] else { return XCTFail("export") }
        XCTAssertEqual(names, [FunctionName("f", 1), FunctionName("g", 0)])
        guard case .import("lists", let imports, _) = m.forms[2] else { return XCTFail("import") }
        XCTAssertEqual(imports, [FunctionName("map", 2)])
        guard case .compile(let options, _) = m.forms[3] else { return XCTFail("compile") }
        XCTAssertEqual(options.map(SyntaxPrinter.term), ["'export_all'", "{'inline',[{'f',1}|[]]}"])
        guard case .record("r", let fields, _) = m.forms[4] else { return XCTFail("record") }
        XCTAssertEqual(fields.map(\.name), ["a", "b", "c", "d"])
        XCTAssertEqual(fields.map { $0.defaultValue != nil }, [false, true, false, true])
        guard case .behaviour("gen_server", _) = m.forms[5] else { return XCTFail("behaviour") }
        guard case .onLoad(FunctionName("init", 0), _) = m.forms[6] else { return XCTFail("on_load") }
        guard case .attribute("type", nil, _) = m.forms[7] else { return XCTFail("type") }
        guard case .attribute("spec", nil, _) = m.forms[8] else { return XCTFail("spec") }
        guard case .attribute("vsn", let vsn?, _) = m.forms[9], case .integer(1) = vsn.kind else {
            return XCTFail("vsn")
        }
        guard case .function(let f) = m.forms[11] else { return XCTFail("function") }
        XCTAssertEqual("\(f.name)/\(f.arity) \(f.clauses.count)", "f/1 1")
    }

    func testEverySyntaxErrorOfTheModuleIsReported() {
        XCTAssertEqual(moduleErrors("f() -> 1 1.\ng() -> ok.\nh() -> end.\ni(1) -> a; j(2) -> b."), [
            "t.erl:1:10: syntax error before: 1",
            "t.erl:3:8: syntax error before: 'end'",
            "t.erl:4:12: head mismatch",
        ])
    }

    func testMissingFinalDotIsReportedAtTheLastToken() {
        XCTAssertEqual(moduleErrors("f() ->\n    ok"), ["t.erl:2:5: syntax error before: "])
    }

    func testErrorsThatErlangReportsAfterParsing() throws {
        XCTAssertEqual(moduleErrors("-on_load(f)."), ["t.erl:1:2: badly formed on_load attribute: f"])
        XCTAssertEqual(moduleErrors("f() -> #r{X = 1}."), ["t.erl:1:11: field 'X' is not an atom or _ in record r"])
        // They come after the syntax errors, as erl_lint's errors do in erlc's output.
        XCTAssertEqual(moduleErrors("f() -> #r{X = 1}.\ng() -> ."), [
            "t.erl:2:8: syntax error before: '.'", "t.erl:1:11: field 'X' is not an atom or _ in record r",
        ])
        let tokens = try Lexer.tokenize("-on_load(f).\nf() -> ok.", file: "t.erl")
        let results = Parser.parseForms(tokens)
        XCTAssertEqual(results.count, 3, "two forms and the deferred error")
        guard case .failure(let error) = results[2] else { return XCTFail("expected the deferred error last") }
        XCTAssertEqual(error.diagnostic.message, "badly formed on_load attribute: f")
    }

    func testParseExprsNeedsTheFinalDotAndNothingAfterIt() {
        XCTAssertEqual(exprErrors("1 + 2"), ["t.erl:1:5: syntax error before: "])
        XCTAssertEqual(exprErrors("1. 2."), ["t.erl:1:4: syntax error before: 2"])
        XCTAssertEqual(exprErrors("."), ["t.erl:1:1: syntax error before: '.'"])
    }

    // MARK: Limits

    func testDeepNestingIsADiagnosticNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + "."
        XCTAssertEqual(exprErrors(deep).first?.hasSuffix("expression nested too deeply"), true)
        let shallow = String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "."
        XCTAssertEqual(exprErrors(shallow), [])
    }

    func testNestingStopsBeforeASmallThreadStackRunsOut() {
        let deep = String(repeating: "fun() -> ", count: 900) + "1" + String(repeating: " end", count: 900) + "."
        final class Outcome: @unchecked Sendable { var errors: [String] = [] }   // written before `done` signals
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { outcome.errors = self.exprErrors(deep); done.signal() }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(outcome.errors.first?.hasSuffix("expression nested too deeply"), true)
    }

    func testVeryLongListsAreRefusedBeforeTheirASTBecomesTooDeepToFree() {
        let long = "[" + Array(repeating: "0", count: Parser.maxChainLength + 1).joined(separator: ",") + "]."
        XCTAssertEqual(exprErrors(long).first?.contains("list or operator chain too long"), true)
    }
}

private extension ExprKind {
    var integerValue: Int? {
        if case .integer(let n) = self { return n }
        return nil
    }
}

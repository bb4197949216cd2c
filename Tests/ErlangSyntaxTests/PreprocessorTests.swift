import XCTest
@testable import ErlangSyntax

/// The preprocessor against real OTP 25. The expectations of the `assertEpp` tests
/// were recorded from epp itself (`epp:scan_erl_form/1` on the same source saved as
/// `t.erl`), printing each form's tokens the way `??Arg` prints them, optionally
/// with `@line:column`, and each error or warning as erlc words it. To re-record a
/// case, save its source as `t.erl` (its files beside it) and run the escript at the
/// end of this file on it; drop the `@line:column` parts for `locations: false`.
final class PreprocessorTests: XCTestCase {
    // MARK: Helpers

    /// Preprocesses `source` as file `t.erl`; `files` are the files include directives can read.
    func preprocess(_ source: String, files: [String: String] = [:], includePaths: [String] = [],
                    predefined: [String: [Token]] = [:]) -> (items: [PreprocessedItem], preprocessor: Preprocessor) {
        var pp = Preprocessor(file: "t.erl", includePaths: includePaths, predefined: predefined,
                              tokenizer: { (s: String, f: String) throws(CompileFailure) -> [Token] in
                                  try Lexer.tokenize(s, file: f)
                              },
                              readFile: { files[$0] })
        do {
            let items = pp.processForms(try Lexer.tokenize(source, file: "t.erl"))
            return (items, pp)
        } catch {
            XCTFail("lexer failed: \(error.diagnostics)")
            return ([], pp)
        }
    }

    /// One line per form (its tokens) or diagnostic, as recorded from epp. `-file`
    /// attributes are left out (the recorder uses epp's to follow includes).
    func dump(_ items: [PreprocessedItem], locations: Bool) -> [String] {
        items.compactMap { item in
            switch item {
            case .form(let tokens):
                if tokens.count > 1, case .atom("file") = tokens[1].kind { return nil }
                return tokens.map { token in
                    let text = EppTokenText.source(token)
                    return locations ? "\(text)@\(token.location.line):\(token.location.column)" : text
                }.joined(separator: " ")
            case .error(let d): return "ERROR \(d.description)"
            case .warning(let d): return "WARNING \(d.description)"
            }
        }
    }

    func assertEpp(_ source: String, files: [String: String] = [:], locations: Bool, _ expected: [String],
                   file: StaticString = #filePath, line: UInt = #line) {
        let (items, _) = preprocess(source, files: files)
        let actual = dump(items, locations: locations)
        XCTAssertEqual(actual.count, expected.count, "number of forms and diagnostics", file: file, line: line)
        for (a, e) in zip(actual, expected) where a != e {
            XCTFail("\n  actual: \(a)\nexpected: \(e)", file: file, line: line)
        }
    }

    // MARK: Recorded from epp

    func testSimpleAndParameterizedMacros() {
        let source = #"""
        -module(t).
        -define(N, 42).
        -define(F(A, B), {A, B}).
        -define(EMPTY, ).
        -define(TWO, a, b).
        f() -> {?N, ?F(1, [2, 3]), ?EMPTY ?TWO}.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( ) -> { 42 , { 1 , [ 2 , 3 ] } , a , b } .",
        ])
    }

    /// A name may have one definition without parameters and one per arity; `?G(1)` uses the parameterless `G` and keeps the parentheses.
    func testOverloadingByArity() {
        let source = #"""
        -module(t).
        -define(F, foo).
        -define(F(X), {one, X}).
        -define(F(X, Y), {two, X, Y}).
        -define(G, bar).
        f() -> [?F, ?F(1), ?F(1, 2), ?G(1), ?G()].
        g() -> ?F(1, 2, 3).
        -define(H(), zero).
        h() -> ?H.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( ) -> [ foo , { one , 1 } , { two , 1 , 2 } , bar ( 1 ) , bar ( ) ] .",
            "ERROR t.erl:7:9: argument mismatch for macro 'F'",
            "ERROR t.erl:9:9: argument mismatch for macro 'H'",
        ])
    }

    func testArgumentsAreBalancedTokenSequences() {
        let source = #"""
        -module(t).
        -define(F(X), [X]).
        -define(P(X, Y), {X, Y}).
        a() -> ?F(case a of b -> c, d; _ -> e end).
        b() -> ?F(fun(A, B) -> A end).
        c() -> ?F(begin 1, 2 end).
        d() -> ?F(try 1, 2 of _ -> 3 catch _ -> 4 end).
        e() -> ?F(receive a -> 1, 2 end).
        f() -> ?F(if true -> 1, 2 end).
        g() -> ?F({1, 2}).
        h() -> ?F(<<1, 2>>).
        i() -> ?F((1, 2)).
        j() -> ?F(#{a => 1, b => 2}).
        k() -> ?P(fun foo/1, 2).
        l() -> ?P(fun m:f/1, 1).
        m() -> ?P([1, 2], {3, 4}).

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "a ( ) -> [ case a of b -> c , d ; _ -> e end ] .",
            "b ( ) -> [ fun ( A , B ) -> A end ] .",
            "c ( ) -> [ begin 1 , 2 end ] .",
            "d ( ) -> [ try 1 , 2 of _ -> 3 catch _ -> 4 end ] .",
            "e ( ) -> [ receive a -> 1 , 2 end ] .",
            "f ( ) -> [ if true -> 1 , 2 end ] .",
            "g ( ) -> [ { 1 , 2 } ] .",
            "h ( ) -> [ << 1 , 2 >> ] .",
            "i ( ) -> [ ( 1 , 2 ) ] .",
            "j ( ) -> [ # { a => 1 , b => 2 } ] .",
            "k ( ) -> { fun foo / 1 , 2 } .",
            "l ( ) -> { fun m : f / 1 , 1 } .",
            "m ( ) -> { [ 1 , 2 ] , { 3 , 4 } } .",
        ])
    }

    func testBadlyFormedArguments() {
        let source = #"""
        -module(t).
        -define(F(X), X).
        -define(P(X, Y), {X, Y}).
        a() -> ?F(1.
        b() -> ?P(, ).
        c() -> ?P(a,).
        d() -> ?F((a).
        e() -> ?F(if).
        f() -> ?F(fun (x) -> 1).
        g() -> ?F([a, b).
        h() -> ?F(a]).
        i() -> ?F(fun).

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:4:9: badly formed argument for macro 'F'",
            "ERROR t.erl:5:9: badly formed argument for macro 'P'",
            "ERROR t.erl:6:9: badly formed argument for macro 'P'",
            "ERROR t.erl:7:9: badly formed argument for macro 'F'",
            "ERROR t.erl:8:9: badly formed argument for macro 'F'",
            "ERROR t.erl:9:9: badly formed argument for macro 'F'",
            "ERROR t.erl:10:9: badly formed argument for macro 'F'",
            "h ( ) -> a ] .",
            "i ( ) -> fun .",
        ])
    }

    /// Only the first error of a form is reported; errors point at the macro name.
    func testUndefinedAndMismatchedMacros() {
        let source = #"""
        -module(t).
        -define(F(X), X).
        -define(G(), 1).
        a() -> ?NOPE.
        b() -> ?F.
        c() -> ?F(1, 2).
        d() -> ?G.
        e() -> ?G(1).
        f() -> {?A, ?B}.

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR t.erl:4:9: undefined macro 'NOPE'",
            "ERROR t.erl:5:9: argument mismatch for macro 'F'",
            "ERROR t.erl:6:9: argument mismatch for macro 'F'",
            "ERROR t.erl:7:9: argument mismatch for macro 'G'",
            "ERROR t.erl:8:9: argument mismatch for macro 'G'",
            "ERROR t.erl:9:10: undefined macro 'A'",
        ])
    }

    func testIllegalMacroCalls() {
        let source = #"""
        -module(t).
        a() -> ?.
        b() -> ?1.
        c() -> ?(.
        d() -> ?"s".
        e() -> ?fun.
        f() -> ??X.
        g() -> ?-.

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR t.erl:2:9: illegal macro call '?dot'",
            "ERROR t.erl:3:9: illegal macro call '?1'",
            "ERROR t.erl:4:9: illegal macro call '?'(''",
            "ERROR t.erl:5:9: illegal macro call '?\"s\"'",
            "ERROR t.erl:6:9: illegal macro call '?'fun''",
            "ERROR t.erl:7:9: illegal macro call '?'?''",
            "ERROR t.erl:8:9: illegal macro call '?'-''",
        ])
    }

    /// `??Arg` turns the tokens of the argument back into text, one space between tokens; `??` before a non-parameter is dropped.
    func testStringification() {
        let source = #"""
        -module(t).
        -define(S(X), ??X).
        f() -> [?S(1 + 2 * foo(X, "s", 'A b', $a, 1.5, <<1>>, #{a => 1})),
                ?S(?F), ?S(?LINE), ?S(1.0e10), ?S(1.0e-5), ?S(123456789012345678901234567890),
                ?S($\n), ?S($ ), ?S(16#ff), ?S('if'), ?S(X1), ?S(_), ?S(begin end), ?S(0.1),
                ?S(1.0e16), ?S(2.5e15), ?S(0.000123), ?S(a.b), ?S([]), ?S(-1), ?S(<<"ab">>), ?S("a\nb"),
                ?S(fun erlang:abs/1), ?S(x -> y), ?S(A =:= B), ?S(Z ! m), ?S("str" "ing"), ?S(2#101)].
        -define(T(A), {??A, A}).
        g() -> ?T([1, 2 | X]).
        -define(P(X), ??Y).
        h() -> ?P(1).

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( ) -> [ \"1 + 2 * foo ( X , \\\"s\\\" , 'A b' , $a , 1.5 , << 1 >> , # { a => 1 } )\" , \"? F\" , \"? LINE\" , \"1.0e10\" , \"1.0e-5\" , \"123456789012345678901234567890\" , \"$\\\\n\" , \"$\\\\s\" , \"255\" , \"'if'\" , \"X1\" , \"_\" , \"begin end\" , \"0.1\" , \"1.0e16\" , \"2.5e15\" , \"1.23e-4\" , \"a . b\" , \"[ ]\" , \"- 1\" , \"<< \\\"ab\\\" >>\" , \"\\\"a\\\\nb\\\"\" , \"fun erlang : abs / 1\" , \"x -> y\" , \"A =:= B\" , \"Z ! m\" , \"\\\"str\\\" \\\"ing\\\"\" , \"5\" ] .",
            "g ( ) -> { \"[ 1 , 2 | X ]\" , [ 1 , 2 | X ] } .",
            "h ( ) -> Y .",
        ])
    }

    /// Body tokens take the location of the token before them in the expansion (the macro name, at first); argument tokens keep their own.
    func testLocationsOfExpandedTokens() {
        let source = #"""
        -module(t).
        -define(W(X), {X, Z,
             Z2}).
        -define(V, {a,
           b}).
        -define(W2(X,Y), {X, Z, Y, Z2}).
        u() -> ?W(   Q).
        v() -> ?V.
        w() -> ?W(?V).
        x() -> ?W2(a +    bb,    C).
        -define(L, ?LINE).
        y() -> {?L,
          ?L}.
        -define(E(X), X + ?LINE).
        z() -> ?E(
          1).

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "u@7:1 (@7:2 )@7:3 ->@7:5 {@7:9 Q@7:14 ,@7:14 Z@7:14 ,@7:14 Z2@7:14 }@7:14 .@7:16",
            "v@8:1 (@8:2 )@8:3 ->@8:5 {@8:9 a@8:9 ,@8:9 b@8:9 }@8:9 .@8:10",
            "w@9:1 (@9:2 )@9:3 ->@9:5 {@9:9 {@9:12 a@9:12 ,@9:12 b@9:12 }@9:12 ,@9:12 Z@9:12 ,@9:12 Z2@9:12 }@9:12 .@9:14",
            "x@10:1 (@10:2 )@10:3 ->@10:5 {@10:9 a@10:12 +@10:14 bb@10:19 ,@10:19 Z@10:19 ,@10:19 C@10:26 ,@10:26 Z2@10:26 }@10:26 .@10:28",
            "y@12:1 (@12:2 )@12:3 ->@12:5 {@12:8 12@12:10 ,@12:11 13@13:4 }@13:5 .@13:6",
            "z@15:1 (@15:2 )@15:3 ->@15:5 1@16:3 +@16:3 16@16:3 .@16:5",
        ])
    }

    /// An expansion is scanned again together with what follows it: a body may even end in `?`.
    func testNestedAndRescannedExpansion() {
        let source = #"""
        -module(t).
        -define(ID(X), X).
        -define(TWICE(X), ?ID(?ID(X))).
        -define(G(X), ?ID(X) + ?ID(X)).
        -define(Q, ?).
        -define(F, foo).
        -define(CALL(M), ?M).
        -define(P, ?F).
        f() -> {?ID(?ID(?ID(1))), ?TWICE(3), ?G(?G(2)), ?Q F, ?CALL(F), ?P}.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( ) -> { 1 , 3 , 2 + 2 + 2 + 2 , foo , foo , foo } .",
        ])
    }

    func testCircularMacros() {
        let source = #"""
        -module(t).
        -define(A, ?A).
        a() -> ?A.
        -define(B, ?C).
        -define(C, ?B).
        b() -> ?B.
        c() -> ?C.
        -define(F(X), ?F(X)).
        f() -> ?F(1).
        -define(OK, ?OK(1)).
        -define(OK(X), X).
        ok() -> ?OK.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:3:9: circular macro 'A'",
            "ERROR t.erl:6:9: circular macro 'B'",
            "ERROR t.erl:7:9: circular macro 'C'",
            "ERROR t.erl:9:9: circular macro 'F/1'",
            "ok ( ) -> 1 .",
        ])
    }

    func testPredefinedMacros() {
        let source = #"""
        -define(X, ?MODULE).
        f() -> ?MODULE.
        -module(t).
        -export([g/0]).
        g() -> {?MODULE, ?MODULE_STRING, ?FILE, ?LINE, ?MACHINE, ?OTP_RELEASE, ?BEAM, ?X}.

        """#
        assertEpp(source, locations: false, [
            "ERROR t.erl:2:9: undefined macro 'MODULE'",
            "- module ( t ) .",
            "- export ( [ g / 0 ] ) .",
            "g ( ) -> { t , \"t\" , \"t.erl\" , 5 , 'BEAM' , 25 , true , t } .",
        ])
    }

    func testFunctionNameAndArity() {
        let source = #"""
        -module(t).
        f(A, {B, C}, [D | E]) -> {?FUNCTION_NAME, ?FUNCTION_ARITY}.
        g() -> fun(X) -> ?FUNCTION_ARITY end.
        -define(ARGS, A, B).
        h(?ARGS) -> {?FUNCTION_NAME, ?FUNCTION_ARITY}.
        -define(HEAD, i(X, Y)).
        ?HEAD -> ?FUNCTION_ARITY.
        -define(NAME, j).
        ?NAME() -> ?FUNCTION_NAME.
        -record(r, {a = ?FUNCTION_NAME}).
        -spec f() -> ?FUNCTION_ARITY.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( A , { B , C } , [ D | E ] ) -> { f , 3 } .",
            "g ( ) -> fun ( X ) -> 0 end .",
            "h ( A , B ) -> { h , 2 } .",
            "i ( X , Y ) -> 2 .",
            "j ( ) -> j .",
            "ERROR t.erl:10:18: ?FUNCTION_NAME can only be used within a function",
            "ERROR t.erl:11:15: ?FUNCTION_ARITY can only be used within a function",
        ])
    }

    func testRedefiningMacros() {
        let source = #"""
        -module(t).
        -define(A, 1).
        -define(A, 2).
        -define(B(X), X).
        -define(B(Y), Y).
        -define(B, 3).
        -define(B(), 4).
        -define(B(X, Y), 5).
        -undef(B).
        -define(B, 6).
        -define(MODULE, x).
        -define(LINE(X), X).
        -define(FUNCTION_NAME, 1).
        -define(OTP_RELEASE, 1).
        -define(BEAM, 1).
        -undef(FILE).
        -define(FILE, "f").
        f() -> {?A, ?B, ?FILE}.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:3:9: redefining macro 'A'",
            "ERROR t.erl:5:9: redefining macro 'B'",
            "ERROR t.erl:11:9: redefining predefined macro 'MODULE'",
            "ERROR t.erl:12:9: redefining predefined macro 'LINE'",
            "ERROR t.erl:13:9: redefining predefined macro 'FUNCTION_NAME'",
            "ERROR t.erl:14:9: redefining predefined macro 'OTP_RELEASE'",
            "ERROR t.erl:15:9: redefining predefined macro 'BEAM'",
            "f ( ) -> { 1 , 6 , \"f\" } .",
        ])
    }

    func testBadlyFormedDefines() {
        let source = #"""
        -module(t).
        -define(A).
        -define(E(X) X).
        -define(F(X,), x).
        -define(G(a), x).
        -define(H(X) , x, y.
        -define H.
        -define(I
        ).
        -define(3, a).
        -define(if, 1).
        -define(B(X, X), a).
        -undef(3).
        -undef(X, y).
        -undef X.

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR t.erl:2:10: badly formed 'define'",
            "ERROR t.erl:3:14: badly formed define: missing comma",
            "ERROR t.erl:4:12: badly formed 'define'",
            "ERROR t.erl:5:11: badly formed 'define'",
            "ERROR t.erl:6:20: badly formed define: missing closing right parenthesis",
            "ERROR t.erl:7:9: badly formed 'define'",
            "ERROR t.erl:9:1: badly formed 'define'",
            "ERROR t.erl:10:9: badly formed 'define'",
            "ERROR t.erl:11:9: badly formed 'define'",
            "ERROR t.erl:12:14: argument 'X' already used",
            "ERROR t.erl:13:8: badly formed 'undef'",
            "ERROR t.erl:14:9: badly formed 'undef'",
            "ERROR t.erl:15:8: badly formed 'undef'",
        ])
    }

    func testConditionals() {
        let source = #"""
        -module(t).
        -define(YES, 1).
        -ifdef(YES).
        a() -> yes.
        -else.
        a() -> no.
        -endif.
        -ifndef(YES).
        b() -> no.
        -else.
        b() -> yes.
        -endif.
        -ifdef(NO).
        -define(X, 1).
        -error(never).
        -include("never.hrl").
        c() -> ?UNDEFINED_BUT_SKIPPED.
        -ifdef(YES).
        d() -> nested_in_skipped.
        -else.
        e() -> nested_in_skipped.
        -endif.
        -endif.
        -ifdef(X).
        -error(x_defined).
        -endif.
        -undef(YES).
        -ifdef(YES).
        f() -> no.
        -endif.
        -ifdef(MODULE).
        g() -> yes.
        -endif.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "a ( ) -> yes .",
            "b ( ) -> yes .",
            "g ( ) -> yes .",
        ])
    }

    func testElseElifStateMachine() {
        let source = #"""
        -module(t).
        -if(false).
        a() -> no.
        -elif(false).
        a() -> no.
        -elif(true).
        a() -> yes.
        -elif(true).
        a() -> no.
        -else.
        a() -> no.
        -endif.
        -ifdef(A).
        -else.
        -else.
        b() -> ?SKIPPED.
        -endif.
        -if(true).
        -else.
        -elif(true).
        c() -> ?SKIPPED.
        -endif.
        -if(false).
        -else.
        -elif(true).
        d() -> ?SKIPPED.
        -endif.
        -ifdef(A).
        -else.
        -else.
        -elif(true).
        -endif.
        -else.
        -endif.
        -elif(true).

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "a@7:1 (@7:2 )@7:3 ->@7:5 yes@7:8 .@7:11",
            "ERROR t.erl:15:2: repeated '-else'",
            "ERROR t.erl:20:2: 'elif' following 'else'",
            "ERROR t.erl:25:2: unbalanced '-elif'",
            "ERROR t.erl:30:2: repeated '-else'",
            "ERROR t.erl:31:2: 'elif' following 'else'",
            "ERROR t.erl:33:2: unbalanced '-else'",
            "ERROR t.erl:34:2: unbalanced '-endif'",
            "ERROR t.erl:35:2: unbalanced '-elif'",
        ])
    }

    func testUnterminatedSections() {
        let source = #"""
        -module(t).
        -ifdef(A).
        -ifdef(1).
        -else.
        -endif.
        -ifdef(B).
        -else.
        -if(true).
        -ifndef(C).

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:10:1: unterminated '-ifndef'",
            "ERROR t.erl:10:1: unterminated '-if'",
            "ERROR t.erl:10:1: unterminated '-ifdef'",
            "ERROR t.erl:10:1: unterminated '-ifdef'",
        ])
    }

    func testUnterminatedAfterElse() {
        let source = #"""
        -module(t).
        -if(false).
        -else.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:4:1: unterminated '-else'",
        ])
    }

    func testBadlyFormedConditionals() {
        let source = #"""
        -module(t).
        -ifdef(A, b).
        f() -> ?NOPE1.
        -else.
        g() -> ?NOPE2.
        -endif.
        -if(foo:bar()).
        h() -> ?NOPE3.
        -else.
        i() -> ?NOPE4.
        -endif.
        -ifndef(1).
        j() -> ?NOPE5.
        -else.
        k() -> ?NOPE6.
        -endif.
        -else(x).
        -endif(x).
        -if.
        -endif.
        -if(a,b).
        -endif.
        -if().
        -endif.
        -ifdef.
        -endif.
        -ifdef(x.
        -endif.
        -if(1 "a").
        -endif.
        -if(1 ->).
        -endif.
        -if(X = 1).
        -endif.

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR t.erl:2:9: badly formed 'ifdef'",
            "ERROR t.erl:5:9: undefined macro 'NOPE2'",
            "ERROR t.erl:7:2: badly formed 'if'",
            "ERROR t.erl:10:9: undefined macro 'NOPE4'",
            "ERROR t.erl:12:9: badly formed 'ifndef'",
            "ERROR t.erl:15:9: undefined macro 'NOPE6'",
            "ERROR t.erl:17:6: badly formed 'else'",
            "ERROR t.erl:18:7: badly formed 'endif'",
            "ERROR t.erl:19:4: badly formed 'if'",
            "ERROR t.erl:21:6: syntax error before: ','",
            "ERROR t.erl:23:5: syntax error before: ')'",
            "ERROR t.erl:25:7: badly formed 'ifdef'",
            "ERROR t.erl:27:9: badly formed 'ifdef'",
            "ERROR t.erl:29:7: syntax error before: \"a\"",
            "ERROR t.erl:31:7: syntax error before: '->'",
            "ERROR t.erl:33:2: badly formed 'if'",
        ])
    }

    func testIfConditions() {
        let source = #"""
        -module(t).
        -if(?OTP_RELEASE >= 21).
        a() -> yes.
        -endif.
        -if(?OTP_RELEASE >= 26).
        a() -> no.
        -endif.
        -if(defined(FOO) orelse not defined(MODULE)).
        b() -> no.
        -endif.
        -if(1 + 2 * 3 == 7 andalso 7 div 2 =:= 3 andalso 7 rem 2 =:= 1).
        c() -> yes.
        -endif.
        -if(1.0 == 1 andalso 1.0 =/= 1).
        d() -> yes.
        -endif.
        -if(a < b andalso {1} < [] andalso [] < "a" andalso 1 < a).
        e() -> yes.
        -endif.
        -if(length([1,2,3]) == 3 andalso hd([x]) == x andalso element(2, {a,b}) == b).
        f() -> yes.
        -endif.
        -if(is_integer(1) and is_atom(a) and not is_list(a)).
        g() -> yes.
        -endif.
        -if(1 bsl 4 == 16 andalso 16#ff band 16#0f == 15 andalso bnot 0 == -1).
        h() -> yes.
        -endif.
        -if("abc" < "abd" andalso [a] > [] andalso {a, b} > {z}).
        i() -> yes.
        -endif.
        -if(#{a => 1} == #{a => 1.0} andalso <<"a">> == <<97>>).
        j() -> yes.
        -endif.
        -if(is_map_key(a, #{a => 1}) andalso map_get(a, #{a => 1}) == 1 andalso map_size(#{}) == 0).
        k() -> yes.
        -endif.
        -if(tuple_size({a,b}) == 2 andalso byte_size(<<1,2>>) == 2 andalso size({}) == 0).
        l() -> yes.
        -endif.
        -if(7 / 2 == 3.5 andalso -7 div 2 == -3 andalso -7 rem 2 == -1 andalso -16 bsr 2 == -4).
        m() -> yes.
        -endif.
        -if(true xor false andalso (false or true)).
        n() -> yes.
        -endif.
        -if(float(1) == 1.0 andalso ceil(1.2) == 2 andalso floor(-1.2) == -2 andalso abs(-3) == 3).
        o() -> yes.
        -endif.

        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "a ( ) -> yes .",
            "c ( ) -> yes .",
            "d ( ) -> yes .",
            "e ( ) -> yes .",
            "f ( ) -> yes .",
            "g ( ) -> yes .",
            "h ( ) -> yes .",
            "i ( ) -> yes .",
            "j ( ) -> yes .",
            "k ( ) -> yes .",
            "l ( ) -> yes .",
            "m ( ) -> yes .",
            "n ( ) -> yes .",
            "o ( ) -> yes .",
        ])
    }

    func testIfConditionsThatFailOrAreBadlyFormed() {
        let source = #"""
        -module(t).
        -if(foo).
        a() -> no.
        -endif.
        -if(X).
        b() -> no.
        -endif.
        -if(1/0).
        c() -> no.
        -endif.
        -if(foo(1)).
        d() -> no.
        -endif.
        -if(erlang:is_atom(a)).
        e() -> yes.
        -endif.
        -if(lists:member(a, [a])).
        f() -> no.
        -endif.
        -if(atom_to_list(a) == "a").
        g() -> no.
        -endif.
        -if(fun() -> true end).
        h() -> no.
        -endif.
        -if([1] ++ [2] == [1, 2]).
        i() -> no.
        -endif.
        -if(min(1, 2) == 1).
        j() -> no.
        -endif.
        -if(defined(1)).
        k() -> no.
        -endif.
        -if(?UNDEF).
        l() -> no.
        -endif.

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "e@15:1 (@15:2 )@15:3 ->@15:5 yes@15:8 .@15:11",
            "ERROR t.erl:17:2: badly formed 'if'",
            "ERROR t.erl:20:2: badly formed 'if'",
            "ERROR t.erl:23:2: badly formed 'if'",
            "ERROR t.erl:26:2: badly formed 'if'",
            "ERROR t.erl:29:2: badly formed 'if'",
            "ERROR t.erl:32:2: badly formed 'if'",
            "ERROR t.erl:35:6: undefined macro 'UNDEF'",
        ])
    }

    func testErrorAndWarningDirectives() {
        let source = #"""
        -module(t).
        -error(oops).
        -warning(careful).
        -warning({a, [1,2], "s"}).
        -error(?LINE).
        -error("string").
        -error(1.5e300).
        -error([a|b]).
        -error([65, 66 | "C"]).
        -error(#{z => 1, a => 2, 1 => x, "s" => y}).
        -error(<<>>).
        -error(<<"ok", 0>>).
        -error(<<0, 200>>).
        -error('hello world').
        -error(-123456789012345678901234567890).
        -error(+5).
        -error({}).
        -error($\n).
        -error("tab\there").
        -error(["abc", "def"]).
        -error(X).
        -error(1 + 2).
        -error(a, b).
        -error().
        -error(- -5).
        -error(fun() -> ok end).

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR t.erl:2:2: -error(oops).",
            "WARNING t.erl:3:2: Warning: -warning(careful).",
            "WARNING t.erl:4:2: Warning: -warning({a,[1,2],\"s\"}).",
            "ERROR t.erl:5:2: -error(5).",
            "ERROR t.erl:6:2: -error(\"string\").",
            "ERROR t.erl:7:2: -error(1.5e300).",
            "ERROR t.erl:8:2: -error([a|b]).",
            "ERROR t.erl:9:2: -error(\"ABC\").",
            "ERROR t.erl:10:2: -error(#{1 => x,a => 2,z => 1,\"s\" => y}).",
            "ERROR t.erl:11:2: -error(<<>>).",
            "ERROR t.erl:12:2: -error(<<111,107,0>>).",
            "ERROR t.erl:13:2: -error(<<0,200>>).",
            "ERROR t.erl:14:2: -error('hello world').",
            "ERROR t.erl:15:2: -error(-123456789012345678901234567890).",
            "ERROR t.erl:16:2: -error(5).",
            "ERROR t.erl:17:2: -error({}).",
            "ERROR t.erl:18:2: -error(10).",
            "ERROR t.erl:19:2: -error(\"tab\\there\").",
            "ERROR t.erl:20:2: -error([\"abc\",\"def\"]).",
            "ERROR t.erl:21:2: badly formed 'error'",
            "ERROR t.erl:22:2: badly formed 'error'",
            "ERROR t.erl:23:2: badly formed 'error'",
            "ERROR t.erl:24:2: badly formed 'error'",
            "ERROR t.erl:25:2: badly formed 'error'",
            "ERROR t.erl:26:2: badly formed 'error'",
        ])
    }

    /// Tokens of an included file carry its name.
    func testIncludes() {
        let source = #"""
        -module(t).
        -include("inc/h.hrl").
        f() -> ?H.
        -include("nonexistent.hrl").
        -include_lib("nope/include/nope.hrl").
        -include(foo).
        -include_lib(foo).

        """#
        let files: [String: String] = [
            "inc/h.hrl": "-define(H, 1).\nhf() -> ?NOPE.\nhg() -> ?FILE.\n",
        ]
        assertEpp(source, files: files, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR inc/h.hrl:2:10: undefined macro 'NOPE'",
            "hg@3:1 (@3:3 )@3:4 ->@3:6 \"inc/h.hrl\"@3:10 .@3:14",
            "f@3:1 (@3:2 )@3:3 ->@3:5 1@3:9 .@3:10",
            "ERROR t.erl:4:10: can't find include file \"nonexistent.hrl\"",
            "ERROR t.erl:5:14: can't find include lib \"nope/include/nope.hrl\"",
            "ERROR t.erl:6:10: badly formed 'include'",
            "ERROR t.erl:7:14: badly formed 'include_lib'",
        ])
    }

    func testIncludeRelativeToIncluder() {
        let source = #"""
        -module(t).
        -include("sub/a.hrl").
        f() -> ?FROM_B.

        """#
        let files: [String: String] = [
            "sub/a.hrl": "-include(\"b.hrl\").\n",
            "sub/b.hrl": "-define(FROM_B, ?FILE).\n",
        ]
        assertEpp(source, files: files, locations: false, [
            "- module ( t ) .",
            "f ( ) -> \"t.erl\" .",
        ])
    }

    /// A file cannot close sections its includer opened, and its own unclosed sections are reported at its end.
    func testConditionalsAcrossIncludes() {
        let source = #"""
        -module(t).
        -include("u1.hrl").
        f() -> ?N1.
        -endif.
        -ifndef(Y).
        -include("u2.hrl").
        -endif.

        """#
        let files: [String: String] = [
            "u1.hrl": "-ifdef(X).\nhx() -> ok.\n",
            "u2.hrl": "-endif.\n",
        ]
        assertEpp(source, files: files, locations: false, [
            "- module ( t ) .",
            "ERROR u1.hrl:3:1: unterminated '-ifdef'",
            "ERROR t.erl:3:9: undefined macro 'N1'",
            "ERROR t.erl:4:2: unbalanced '-endif'",
            "ERROR u2.hrl:1:2: unbalanced '-endif'",
        ])
    }

    func testIncludeTooDeep() {
        let source = #"""
        -module(t).
        -include("self.hrl").

        """#
        let files: [String: String] = [
            "self.hrl": "-include(\"self.hrl\").\n",
        ]
        assertEpp(source, files: files, locations: false, [
            "- module ( t ) .",
            "ERROR self.hrl:1:10: include too deep",
        ])
    }

    func testEndOfFileInsideDirectives() {
        let source = #"""
        -module(t).
        -define(C,a
        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:2:11: premature end",
        ])
    }

    func testEndOfFileInsideIf() {
        let source = #"""
        -module(t).
        -if(true
        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:2:5: syntax error before: ",
            "ERROR t.erl:2:9: unterminated '-if'",
        ])
    }

    func testEndOfFileInsideIfdef() {
        let source = #"""
        -module(t).
        -ifdef(A
        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:2:8: badly formed 'ifdef'",
            "ERROR t.erl:2:9: unterminated '-ifdef'",
        ])
    }

    func testEndOfFileInsideMacroCall() {
        let source = #"""
        -module(t).
        f() -> ?F(
        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "ERROR t.erl:2:9: badly formed argument for macro 'F'",
        ])
    }

    func testEndOfFileInsideForm() {
        let source = #"""
        -module(t).
        f() -> ?MODULE
        """#
        assertEpp(source, locations: false, [
            "- module ( t ) .",
            "f ( ) -> t",
        ])
    }

    /// `-file(Name, Line).` renames and renumbers the lines after it.
    func testFileAttribute() {
        let source = #"""
        -module(t).
        -file("other.erl", 100).
        f() -> ?A.
        g() -> {?FILE, ?LINE}.
        -ifdef(X).

        """#
        assertEpp(source, locations: true, [
            "-@1:1 module@1:2 (@1:8 t@1:9 )@1:10 .@1:11",
            "ERROR other.erl:101:9: undefined macro 'A'",
            "g@102:1 (@102:2 )@102:3 ->@102:5 {@102:8 \"other.erl\"@102:10 ,@102:14 102@102:17 }@102:21 .@102:22",
            "ERROR other.erl:104:1: unterminated '-ifdef'",
        ])
    }

    // MARK: Beyond epp

    /// swerl has no OTP installation to ask for `code:lib_dir(app)`: `include_lib`
    /// falls back to the path after the application name under each include path.
    func testIncludeLibFallsBackToIncludePaths() {
        let files = ["deps/include/lib.hrl": "-define(FROM_LIB, lib).\nfile() -> ?FILE.\n"]
        let (items, _) = preprocess("-include_lib(\"app/include/lib.hrl\").\nf() -> ?FROM_LIB.\n",
                                    files: files, includePaths: ["deps"])
        XCTAssertEqual(dump(items, locations: false), ["file ( ) -> \"deps/include/lib.hrl\" .", "f ( ) -> lib ."])
    }

    func testIncludePathsAreSearchedAfterTheIncludersDirectory() {
        let files = ["t.hrl": "here() -> ok.\n", "inc/t.hrl": "there() -> ok.\n", "inc/u.hrl": "u() -> ok.\n"]
        let (items, _) = preprocess("-include(\"t.hrl\").\n-include(\"u.hrl\").\n", files: files, includePaths: ["inc"])
        XCTAssertEqual(dump(items, locations: false), ["here ( ) -> ok .", "u ( ) -> ok ."])
    }

    /// Macros given by the caller (erlc's `-D`) behave like `-define`d ones.
    func testPredefinedMacrosFromTheCaller() throws {
        let value = try Lexer.tokenize("{debug, 1}", file: "-D").filter { $0.kind != .eof }
        let (items, _) = preprocess("-ifdef(DEBUG).\nf() -> ?DEBUG.\n-endif.\n-define(DEBUG, 2).\n",
                                    predefined: ["DEBUG": value])
        XCTAssertEqual(dump(items, locations: false),
                       ["f ( ) -> { debug , 1 } .", "ERROR t.erl:4:9: redefining macro 'DEBUG'"])
    }

    /// `process` returns the expanded tokens ending with the file's `.eof`, or
    /// throws every error; warnings are kept either way.
    func testProcessThrowsAllErrorsAndKeepsWarnings() throws {
        var pp = Preprocessor(file: "t.erl", includePaths: [])
        let ok = try pp.process(try Lexer.tokenize("-define(A, 1).\nf() -> ?A.\n", file: "t.erl"))
        XCTAssertEqual(EppTokenText.stringify(ok), "f ( ) -> 1 . ")
        XCTAssertEqual(ok.last?.kind, .eof)

        var failing = Preprocessor(file: "t.erl", includePaths: [])
        let tokens = try Lexer.tokenize("-warning(w).\nf() -> ?A.\ng() -> ?B.\n", file: "t.erl")
        XCTAssertThrowsError(try failing.process(tokens)) { error in
            let messages = (error as? CompileFailure)?.diagnostics.map(\.description)
            XCTAssertEqual(messages, ["t.erl:2:9: undefined macro 'A'", "t.erl:3:9: undefined macro 'B'"])
        }
        XCTAssertEqual(failing.warnings.map(\.description), ["t.erl:1:2: Warning: -warning(w)."])
    }

    /// epp itself loops forever on this one; the hide sets catch it.
    func testIndirectSelfReferenceThroughATrailingQuestionMarkIsCircular() {
        let (items, _) = preprocess("-define(Q, ?).\n-define(L, ?Q L).\nh() -> ?L.\n")
        XCTAssertEqual(dump(items, locations: false), ["ERROR t.erl:3:9: circular macro 'L'"])
    }

    /// Doubling macros nested deeply would need exponential memory: expansion stops.
    func testExponentialExpansionIsCutOff() {
        var call = "x"
        for _ in 0..<40 { call = "?D(\(call))" }
        let (items, _) = preprocess("-define(D(X), {X, X}).\nf() -> \(call).\n")
        guard case .error(let d)? = items.last else { return XCTFail("expected an error, got \(items)") }
        XCTAssertEqual(d.message, "expansion of macro 'D/1' is too large")
    }

    // MARK: Robustness

    /// Mutated sources (characters and macro fragments inserted, deleted, repeated)
    /// must never crash or hang the preprocessor: every run ends with forms or errors.
    func testMutatedSourcesTerminate() {
        let seeds = [
            "-module(t).\n-define(F(X, Y), {X, Y}).\n-define(A, ?F(1, 2)).\nf() -> [?A, ?F(a, [b, c]), ??A].\n",
            "-ifdef(A).\n-else.\n-if(?OTP_RELEASE >= 21 andalso defined(B)).\n-elif(1).\n-endif.\n-endif.\n",
            "-define(S(X), ??X).\n-define(R, ?R).\nf(A) -> {?S(fun(B) -> B end), ?FUNCTION_NAME, ?R}.\n",
            "-include(\"self.hrl\").\n-error({a, \"b\"}).\n-warning(?MODULE).\n-undef(A).\n",
        ]
        let fragments = ["(", ")", "?", "??", ",", ".\n", "?A", "?F(", "-define(A, ?A).\n", "-ifdef(A).\n",
                         "-endif.\n", "-else.\n", "fun(", "end", "[", "<<", "-if(", "-include(\"self.hrl\").\n"]
        var random = SplitMix64(seed: 2024)
        let files = ["self.hrl": "-include(\"self.hrl\").\n-define(A, ?A).\nx() -> ?A(.\n"]
        for round in 0..<400 {
            var text = Array(seeds[round % seeds.count].unicodeScalars)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = text.isEmpty ? 0 : Int(random.next() % UInt64(text.count))
                switch random.next() % 3 {
                case 0:
                    let fragment = fragments[Int(random.next() % UInt64(fragments.count))]
                    text.insert(contentsOf: fragment.unicodeScalars, at: at)
                case 1:
                    if !text.isEmpty { text.removeSubrange(at..<min(text.count, at + 1 + Int(random.next() % 5))) }
                default:
                    let end = min(text.count, at + Int(random.next() % 8))
                    text.insert(contentsOf: text[at..<end], at: at)
                }
            }
            var source = String.UnicodeScalarView()
            source.append(contentsOf: text)
            guard let tokens = try? Lexer.tokenize(String(source), file: "t.erl") else { continue }
            var pp = Preprocessor(file: "t.erl", includePaths: [], predefined: [:],
                                  tokenizer: { (s: String, f: String) throws(CompileFailure) -> [Token] in
                                      try Lexer.tokenize(s, file: f)
                                  },
                                  readFile: { files[$0] })
            let items = pp.processForms(tokens)
            for case .form(let form) in items {
                XCTAssertFalse(form.contains { $0.kind == .eof }, "forms never contain .eof")
            }
        }
    }

    /// Deeply nested macro calls and long bodies stay iterative.
    func testDeepNestingAndLongForms() {
        var call = "x"
        for _ in 0..<500 { call = "?ID(\(call))" }
        let (items, _) = preprocess("-define(ID(X), X).\nf() -> \(call).\n")
        XCTAssertEqual(dump(items, locations: false), ["f ( ) -> x ."])

        let long = (0..<20000).map(String.init).joined(separator: ", ")
        let (longItems, _) = preprocess("-define(L, [\(long)]).\nf() -> length(?L).\n")
        guard case .form(let tokens)? = longItems.first else { return XCTFail("no form") }
        XCTAssertEqual(tokens.count, 7 + (20000 * 2 - 1) + 3)   // f ( ) -> length ( [ ... ] ) .
    }

    /// Absurdly deep or long conditions are refused, not recursed into.
    func testDeepConditionsAreBadlyFormed() {
        let deep = String(repeating: "(", count: 5000) + "true" + String(repeating: ")", count: 5000)
        let long = Array(repeating: "1", count: 5000).joined(separator: " + ") + " > 0"
        let chain = Array(repeating: "true", count: 5000).joined(separator: " andalso ")
        for condition in [deep, long, chain] {
            let (items, _) = preprocess("-if(\(condition)).\nf() -> ok.\n-endif.\n")
            XCTAssertEqual(dump(items, locations: false), ["ERROR t.erl:1:2: badly formed 'if'"])
        }
        let (items, _) = preprocess("-if(1 bsr (-9223372036854775807 - 1) == 0).\nf() -> ok.\n-endif.\n")
        XCTAssertEqual(dump(items, locations: false), [])
    }

    func testBigIntegerArithmeticInConditionsCountsAsFalse() {
        // Known deviation: OTP computes with bignums and takes this branch.
        let (items, _) = preprocess("-if(9223372036854775807 + 1 > 0).\nf() -> ok.\n-endif.\n")
        XCTAssertEqual(dump(items, locations: false), [])
    }
}


// The recorder (`escript eppdump.escript t.erl [IncludeDir...]`):
//
//     #!/usr/bin/env escript
//     %% Dumps what epp makes of a file: one line per form (tokens with locations) or error.
//     -mode(compile).
//     main([File | Incs]) ->
//         io:setopts([{encoding, unicode}]),
//         {ok, Epp} = epp:open([{name, File}, {includes, Incs}, {location, {1,1}}]),
//         loop(Epp).
//
//     loop(Epp) ->
//         case epp:scan_erl_form(Epp) of
//             {eof, _} -> ok;
//             {ok, Toks} -> dump(Toks), loop(Epp);
//             {error, E} -> dump({error, E}), loop(Epp);
//             {warning, W} -> dump({warning, W}), loop(Epp)
//         end.
//
//     dump({error, {Loc, Mod, Desc}}) ->
//         io:format("ERROR ~ts:~s: ~ts~n", [get(file), loc(Loc), Mod:format_error(Desc)]);
//     dump({warning, {Loc, Mod, Desc}}) ->
//         io:format("WARNING ~ts:~s: Warning: ~ts~n", [get(file), loc(Loc), Mod:format_error(Desc)]);
//     dump({eof, _}) -> ok;
//     dump(Toks) when is_list(Toks) ->
//         case Toks of
//             [{'-',_},{atom,_,file},_,{string,_,F}|_] -> put(file, F);
//             _ -> io:format("~ts~n", [string:join([tok(T) || T <- Toks], " ")])
//         end;
//     dump(Other) -> io:format("OTHER ~p~n", [Other]).
//
//     loc({L,C}) -> io_lib:format("~w:~w", [L,C]);
//     loc(L) -> io_lib:format("~w", [L]).
//
//     tok(T) ->
//         Loc = erl_scan:location(T),
//         io_lib:format("~ts@~s", [src(T), loc(Loc)]).
//
//     src({dot, _}) -> ".";
//     src({var, _, V}) -> atom_to_list(V);
//     src({atom, _, A}) -> io_lib:format("~w", [A]);
//     src({char, _, C}) -> io_lib:write_char(C);
//     src({string, _, S}) -> io_lib:write_string(S);
//     src({float, _, F}) -> io_lib:format("~w", [F]);
//     src({integer, _, I}) -> integer_to_list(I);
//     src({Sym, _}) -> atom_to_list(Sym).

%% swerl's eunit.hrl, written for swerl from EUnit's documented macros (same names and
%% results as OTP's eunit/include/eunit.hrl).
%%
%% Switches, defined before including:
%%   NOTEST      testing off: TEST and EUNIT are undefined and tests are not exported
%%   TEST        testing on (overrides NOTEST)
%%   NOASSERT    assertions are `ok` (ASSERT overrides; NODEBUG implies NOASSERT)
%%   NODEBUG     the debug macros print nothing
%%   EUNIT_NOAUTO  no automatic export of test functions
%% With testing on, every `..._test/0` and `..._test_/0` function is exported and test/0
%% (running eunit:test(?MODULE)) is added, by the eunit_autoexport transform that swerl
%% builds in.

-ifndef(SWERL_EUNIT_HRL).
-define(SWERL_EUNIT_HRL, true).

-ifdef(TEST).
-undef(NOTEST).
-endif.

-ifndef(NOTEST).
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(EUNIT).
-define(EUNIT, true).
-endif.
%% Tests need their assertions.
-ifndef(ASSERT).
-define(ASSERT, true).
-endif.
-ifndef(EUNIT_NOAUTO).
-compile({parse_transform, eunit_autoexport}).
-endif.
-else.
-undef(EUNIT).
-endif.

-include_lib("stdlib/include/assert.hrl").

-define(EUNIT_DEBUG_VAL_DEPTH, 15).

%% Tests as data: {Line, Fun}.
-define(_test(Expr), {?LINE, fun () -> (Expr) end}).
-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_test(?assertNot(BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr), ?_test(?assertNotException(Class, Term, Expr))).

%% Small helpers.
-define(LET(Var, Expr, Body), ((fun (Var) -> (Body) end)(Expr))).
-define(IF(Cond, Then, Else), (case (Cond) of true -> (Then); false -> (Else) end)).

%% Debug output, on the `user` device: "File:Line:Pid: Text".
-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E, D), (E)).
-define(debugVal(E), (E)).
-define(debugTime(S, E), (E)).
-else.
-define(debugMsg(S),
        begin
            io:format(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
            ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).
-define(debugVal(E, D),
        ((fun (__SwerlV) ->
              ?debugFmt(<<"~ts = ~tP">>, [(??E), __SwerlV, D]),
              __SwerlV
          end)(E))).
-define(debugVal(E), ?debugVal(E, ?EUNIT_DEBUG_VAL_DEPTH)).
-define(debugTime(S, E),
        ((fun () ->
              {__SwerlT0, _} = statistics(wall_clock),
              __SwerlV = (E),
              {__SwerlT1, _} = statistics(wall_clock),
              ?debugFmt(<<"~ts: ~.3f s">>, [(S), (__SwerlT1 - __SwerlT0) / 1000]),
              __SwerlV
          end)())).
-endif.

-endif.

-module(runner).
-include_lib("eunit/include/eunit.hrl").
-export([main/1]).

%% eunit:test/1,2 on test sets that pass: the summary lines and results. (A failing
%% test's report shows stack frames, which differ between escript and swerl.)
main(_) ->
    show(eunit:test([])),
    show(eunit:test(fun () -> ok end)),
    show(eunit:test(?_assert(true))),
    show(eunit:test([?_assertEqual(4, 2 + 2), ?_assertMatch({_}, {x})])),
    show(eunit:test([?_test(ok), ?_test(ok), ?_test(ok)])),
    show(eunit:test({"described", [?_test(ok), {"inner", ?_test(ok)}]})),
    show(eunit:test({generator, fun () -> [?_assert(true) || _ <- lists:seq(1, 5)] end})),
    show(eunit:test({setup, fun () -> 10 end, fun (N) -> [?_assertEqual(10, N)] end})),
    show(eunit:test({setup, fun () -> 10 end, fun (_) -> ok end, fun (N) -> ?_assert(N > 5) end})),
    show(eunit:test({foreach, fun () -> self() end, fun (_) -> ok end,
                     [fun (P) -> ?_assert(is_pid(P)) end, fun (_) -> ?_test(ok) end]})),
    show(eunit:test({foreachx, fun (X) -> X * 2 end,
                     [{1, fun (1, R) -> ?_assertEqual(2, R) end}, {3, fun (3, R) -> ?_assertEqual(6, R) end}]})),
    show(eunit:test({with, 7, [fun (N) -> 7 = N end, fun (N) -> true = is_integer(N) end]})),
    show(eunit:test({timeout, 10, [?_test(timer:sleep(1))]})),
    show(eunit:test({inorder, [?_test(ok), ?_test(ok)]})),
    show(eunit:test({inparallel, [?_test(ok), ?_test(ok), ?_test(ok), ?_test(ok)]})),
    show(eunit:test({spawn, ?_test(ok)})),
    show(eunit:test([[[?_test(ok)]], [], [?_test(ok)]])),
    show(eunit:test({<<"binary title">>, ?_test(ok)})),
    ?debugMsg("debug message"),
    ?debugFmt("value ~p", [42]),
    io:format("~p~n", [?debugVal(lists:seq(1, 3))]),
    ?debugHere,
    ok.

show(Result) -> io:format("-> ~p~n", [Result]).

-module(asserts).
-include_lib("eunit/include/eunit.hrl").
-export([main/1]).

%% Every assertion macro, passing and failing. The failure terms are printed without
%% their module entry: escript gives a script that includes eunit.hrl a generated name.
main(_) ->
    X = 2,
    ok = ?assert(X =:= 2),
    ok = ?assertNot(X =:= 3),
    ok = ?assertMatch({ok, _}, {ok, X}),
    ok = ?assertMatch(Y when Y > 1, X),
    ok = ?assertNotMatch({error, _}, {ok, X}),
    ok = ?assertEqual(4, X * 2),
    ok = ?assertNotEqual(5, X * 2),
    ok = ?assertException(error, badarith, X + list_to_atom("a")),
    ok = ?assertError({badmatch, _}, {a} = {list_to_atom("b")}),
    ok = ?assertExit(bye, exit(bye)),
    ok = ?assertThrow(ball, throw(ball)),
    ok = ?assertNotException(throw, ball, X + 1),
    failure(fun () -> ?assert(X > 5) end),
    failure(fun () -> ?assert(length([X])) end),
    failure(fun () -> ?assertNot(X == 2.0) end),
    failure(fun () -> ?assertMatch([_, _], [X]) end),
    failure(fun () -> ?assertMatch(Z when Z > 10, X * 3) end),
    failure(fun () -> ?assertNotMatch([_], [X]) end),
    failure(fun () -> ?assertEqual({X, X}, {X, 3}) end),
    failure(fun () -> ?assertEqual(2.0, X) end),
    failure(fun () -> ?assertNotEqual(X, 1 + 1) end),
    failure(fun () -> ?assertException(throw, x, lists:reverse([X])) end),
    failure(fun () -> ?assertError(badarg, throw(X)) end),
    failure(fun () -> ?assertExit(normal, X) end),
    failure(fun () -> ?assertThrow(x, exit(X)) end),
    failure(fun () -> ?assertNotException(error, badarith, X / 0) end),
    io:format("~p~n", [?LET(V, X * 10, V + 1)]),
    io:format("~p~n", [?IF(X > 1, big, small)]),
    io:format("~p ~p~n", [?_test(ok) =/= undefined, element(1, ?_assert(true)) > 0]),
    io:format("~p~n", [?TEST]),
    ok.

failure(F) ->
    try F() of
        R -> io:format("no failure: ~p~n", [R])
    catch
        error:{Kind, Info} ->
            Shown = [case P of
                         {unexpected_exception, {C, R, _Stack}} -> {unexpected_exception, {C, R}};
                         _ -> P
                     end || P <- lists:keydelete(module, 1, Info)],
            io:format("~p ~p~n", [Kind, Shown])
    end.

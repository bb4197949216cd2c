-module(traversal).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% first/last/next/prev on ordered_set (term order) and set (some order, visiting all).
main(_) ->
    O = ets:new(o, [ordered_set]),
    io:format("empty: ~p ~p~n", [ets:first(O), ets:last(O)]),
    ets:insert(O, [{K, K * 10} || K <- [5, 3, 9, 1, 7]]),
    io:format("first ~p last ~p~n", [ets:first(O), ets:last(O)]),
    io:format("forward ~p~n", [walk(O, ets:first(O), fun ets:next/2)]),
    io:format("backward ~p~n", [walk(O, ets:last(O), fun ets:prev/2)]),
    io:format("next of missing: ~p ~p ~p~n", [ets:next(O, 4), ets:prev(O, 4), ets:next(O, 100)]),
    io:format("prev of first: ~p~n", [ets:prev(O, 1)]),
    S = ets:new(s, [set]),
    ets:insert(S, [{K, K} || K <- lists:seq(1, 20)]),
    Keys = walk(S, ets:first(S), fun ets:next/2),
    io:format("set visits all: ~p~n", [lists:sort(Keys) =:= lists:seq(1, 20)]),
    io:format("set next of missing: ~p~n", [?E(ets:next(S, 1000))]),
    E = ets:new(e, [set]),
    io:format("set empty first: ~p~n", [ets:first(E)]),
    ets:insert(E, {only}),
    io:format("single: ~p ~p ~p~n", [ets:first(E), ets:last(E), ets:next(E, only)]),
    ok.

walk(_, '$end_of_table', _) -> [];
walk(T, K, Step) -> [K | walk(T, Step(T, K), Step)].

e(F) -> try F() catch C:R -> {C, R} end.

-module(counters).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% update_counter/3,4 and update_element/3.
main(_) ->
    T = ets:new(t, [set]),
    ets:insert(T, {c, 0, 100, x}),
    io:format("incr: ~p ~p~n", [ets:update_counter(T, c, 1), ets:update_counter(T, c, 5)]),
    io:format("pos: ~p~n", [ets:update_counter(T, c, {3, -10})]),
    io:format("list: ~p~n", [ets:update_counter(T, c, [{2, 1}, {3, 1}, {2, 100}])]),
    io:format("threshold up: ~p~n", [ets:update_counter(T, c, {2, 1000, 500, 0})]),
    io:format("threshold down: ~p~n", [ets:update_counter(T, c, {3, -1000, 0, 42})]),
    io:format("object: ~p~n", [ets:lookup(T, c)]),
    io:format("bignum: ~p~n", [ets:update_counter(T, c, 1 bsl 70)]),
    io:format("default: ~p ~p~n", [ets:update_counter(T, new, 3, {new, 10}), ets:lookup(T, new)]),
    io:format("default key replaced: ~p ~p~n", [ets:update_counter(T, k2, {2, 1}, {ignored, 0}), ets:lookup(T, k2)]),
    io:format("errors: ~p~n", [[?E(ets:update_counter(T, K, Op)) || {K, Op} <- [
        {missing, 1}, {c, {1, 1}}, {c, {4, 1}}, {c, {9, 1}}, {c, foo}, {c, {2, 1.5}}, {c, [{2, 1}, bad]}]]]),
    io:format("unchanged after error: ~p~n", [ets:lookup(T, c)]),
    B = ets:new(b, [bag]),
    ets:insert(B, {k, 1}),
    io:format("bag: ~p~n", [?E(ets:update_counter(B, k, 1))]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, {1, 0}),
    io:format("ordered_set 1.0: ~p ~p~n", [ets:update_counter(O, 1.0, 2), ets:lookup(O, 1)]),
    io:format("update_element: ~p ~p~n", [ets:update_element(T, c, {4, y}), ets:lookup(T, c)]),
    io:format("update_element list: ~p ~p~n", [ets:update_element(T, c, [{2, a}, {3, b}]), ets:lookup(T, c)]),
    io:format("update_element missing: ~p~n", [ets:update_element(T, nope, {2, a})]),
    io:format("update_element errors: ~p~n", [[?E(ets:update_element(T, c, X)) || X <- [{1, k}, {9, z}, foo]]]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

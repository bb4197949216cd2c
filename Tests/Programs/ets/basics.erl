-module(basics).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% set, ordered_set, bag and duplicate_bag: insert, lookup, delete, tab2list.
main(_) ->
    S = ets:new(s, [set]),
    true = ets:insert(S, {a, 1}),
    true = ets:insert(S, [{b, 2}, {c, 3}, {a, 10}]),
    io:format("set: ~p ~p ~p~n", [ets:lookup(S, a), ets:lookup(S, zz), ets:member(S, b)]),
    io:format("size ~p list ~p~n", [ets:info(S, size), lists:sort(ets:tab2list(S))]),
    io:format("1 vs 1.0: ~p~n", [begin ets:insert(S, {1, int}), ets:lookup(S, 1.0) end]),
    true = ets:delete(S, b),
    true = ets:delete(S, nothing),
    io:format("after delete: ~p~n", [lists:sort(ets:tab2list(S))]),
    io:format("insert_new: ~p ~p~n", [ets:insert_new(S, {a, 99}), ets:insert_new(S, [{x, 1}, {y, 2}])]),
    io:format("insert_new list with existing: ~p ~p~n", [ets:insert_new(S, [{z, 1}, {a, 2}]), ets:member(S, z)]),
    io:format("lookup_element: ~p~n", [ets:lookup_element(S, a, 2)]),
    io:format("take: ~p ~p~n", [ets:take(S, x), ets:take(S, x)]),
    true = ets:delete_object(S, {a, 11}),
    io:format("delete_object miss: ~p~n", [ets:lookup(S, a)]),
    true = ets:delete_object(S, {a, 10}),
    io:format("delete_object hit: ~p~n", [ets:lookup(S, a)]),
    true = ets:delete_all_objects(S),
    io:format("emptied: ~p ~p~n", [ets:tab2list(S), ets:info(S, size)]),

    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{3, c}, {1, a}, {2.0, b}, {z, atom}, {"str", s}, {{t}, tuple}]),
    io:format("ordered: ~p~n", [ets:tab2list(O)]),
    io:format("ordered 2 == 2.0: ~p~n", [ets:lookup(O, 2)]),
    ets:insert(O, {2, replaced}),
    io:format("replaced: ~p~n", [ets:lookup(O, 2.0)]),

    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    io:format("bag: ~p ~p~n", [ets:lookup(B, k), ets:info(B, size)]),
    io:format("bag lookup_element: ~p~n", [ets:lookup_element(B, k, 2)]),
    ets:delete_object(B, {k, 1}),
    io:format("bag delete_object: ~p~n", [ets:lookup(B, k)]),

    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 2}, {k, 1}]),
    io:format("dbag: ~p ~p~n", [ets:lookup(D, k), ets:info(D, size)]),
    ets:delete_object(D, {k, 1}),
    io:format("dbag delete_object: ~p~n", [ets:lookup(D, k)]),

    K = ets:new(k, [{keypos, 2}]),
    ets:insert(K, [{rec, key1, v1}, {rec, key2, v2}]),
    io:format("keypos: ~p ~p~n", [ets:lookup(K, key1), ets:info(K, keypos)]),
    io:format("keypos too short: ~p~n", [?E(ets:insert(K, {only}))]),
    io:format("types: ~p~n", [[ets:info(T, type) || T <- [S, O, B, D]]]),
    io:format("delete: ~p ~p~n", [ets:delete(S), ets:info(S)]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

-module(folds).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% ets:foldl/3 and ets:foldr/3.
main(_) ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K * K} || K <- lists:seq(1, 6)]),
    io:format("foldl: ~p~n", [ets:foldl(fun({K, _}, A) -> [K | A] end, [], O)]),
    io:format("foldr: ~p~n", [ets:foldr(fun({K, _}, A) -> [K | A] end, [], O)]),
    io:format("sum: ~p~n", [ets:foldl(fun({_, V}, A) -> V + A end, 0, O)]),
    S = ets:new(s, [set]),
    ets:insert(S, [{K, K} || K <- lists:seq(1, 50)]),
    io:format("set sum: ~p ~p~n", [ets:foldl(fun({_, V}, A) -> V + A end, 0, S),
                                   ets:foldr(fun({_, V}, A) -> V + A end, 0, S)]),
    B = ets:new(b, [bag]),
    ets:insert(B, [{a, 1}, {a, 2}, {b, 3}]),
    io:format("bag: ~p~n", [lists:sort(ets:foldl(fun(X, A) -> [X | A] end, [], B))]),
    Deleted = ets:foldl(fun({K, _}, N) when K rem 2 =:= 0 -> ets:delete(S, K), N + 1;
                           (_, N) -> N end, 0, S),
    io:format("deleting while folding: ~p ~p~n", [Deleted, ets:info(S, size)]),
    io:format("empty with bad fun: ~p~n", [ets:foldl(not_a_fun, acc, ets:new(e, []))]),
    io:format("missing table: ~p~n", [?E(ets:foldl(fun(_, A) -> A end, 0, nosuch))]),
    io:format("bad fun: ~p~n", [?E(ets:foldl(not_a_fun, 0, O))]),
    io:format("fun throws: ~p~n", [?E(ets:foldr(fun(X, _) -> throw(X) end, 0, O))]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

-module(higher_order).
-export([main/1]).
-mode(compile).

main(_) ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [maps:map(fun(_K, V) -> V * 10 end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V > 1 end, M)]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)]),
    io:format("~p~n", [maps:filtermap(fun(a, _) -> false; (_, V) -> {true, V + 100} end, M)]),
    maps:foreach(fun(K, V) -> io:format("~p=~p;", [K, V]) end, M),
    io:format("~n"),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V + 1 end, M)]),
    io:format("~p~n", [maps:update_with(q, fun(V) -> V + 1 end, 0, M)]),
    io:format("~p~n", [maps:with([a, c, zz], M)]),
    io:format("~p~n", [maps:without([a, zz], M)]),
    io:format("~p~n", [maps:take(b, M)]),
    io:format("~p~n", [maps:take(zz, M)]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 2 end, [1, 2, 3, 4, 5])]),
    io:format("~p~n", [maps:merge_with(fun(_K, A, B) -> A + B end, #{a => 1}, #{a => 2, b => 3})]),
    io:format("~p~n", [maps:from_keys([x, y], 0)]),
    io:format("~p~n", [maps:intersect(#{a => 1, b => 2}, #{b => 3, c => 4})]).

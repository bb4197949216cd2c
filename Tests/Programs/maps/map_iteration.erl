-module(map_iteration).
-export([main/1]).
-mode(compile).

main(_) ->
    M = #{1 => a, 2 => b, 3 => c},
    I = maps:iterator(M),
    io:format("~p~n", [walk(maps:next(I))]),
    io:format("~p~n", [lists:sort(maps:to_list(M))]),
    io:format("~p~n", [maps:from_list([{V, K} || {K, V} <- maps:to_list(M)])]),
    io:format("~p~n", [maps:from_list([{X, X * X} || X <- [1, 2, 3]])]),
    io:format("~p~n", [lists:sort(maps:keys(#{b => 1, a => 2}))]).

walk(none) -> [];
walk({K, V, Next}) -> [{K, V} | walk(maps:next(Next))].

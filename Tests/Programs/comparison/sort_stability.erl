-module(sort_stability).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [{2, a}, {1, b}, {2, c}, {1, d}, {0, e}],
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, [3, 1, 2, 3])]),
    io:format("~p~n", [lists:usort([c, a, b, a, c])]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:reverse(lists:sort([1.0, 1]))]).

-module(basics).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    io:format("~p~n", [[hd(L), tl(L), length(L)]]),
    io:format("~p~n", [lists:reverse(L)]),
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [[lists:nth(3, L), lists:last(L), lists:max(L), lists:min(L), lists:sum(L)]]),
    io:format("~p~n", [lists:member(9, L)]),
    io:format("~p~n", [lists:append([[1], [2, 3], []])]),
    io:format("~p~n", [lists:append("ab", "cd")]),
    io:format("~p~n", [lists:seq(1, 10)]),
    io:format("~p~n", [lists:seq(10, 1, -3)]),
    io:format("~p~n", [lists:seq(1, 0)]),
    io:format("~p~n", [lists:duplicate(3, x)]),
    io:format("~p~n", [lists:flatten([1, [2, [3, [4]], []], 5])]),
    io:format("~p~n", [lists:sublist(L, 3)]),
    io:format("~p~n", [lists:sublist(L, 2, 3)]),
    io:format("~p~n", [lists:nthtail(5, L)]),
    io:format("~p~n", [lists:delete(1, L)]),
    io:format("~p~n", [L -- [1, 9, 7]]),
    io:format("~p~n", [lists:subtract([a, b, a], [a])]).

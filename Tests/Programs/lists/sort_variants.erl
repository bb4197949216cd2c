-module(sort_variants).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [lists:sort([c, "b", 3, {a}, [], 1.5, <<"z">>])]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, [1, 3, 2])]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end,
                                  ["ccc", "a", "bb", "d"])]),
    io:format("~p~n", [lists:usort(fun(A, B) -> A =< B end, [3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:sort([{2, b}, {1, a}, {2, a}])]),
    io:format("~p~n", [lists:sort(lists:seq(20, 1, -1))]),
    io:format("~p~n", [lists:keysort(2, [{a, 3, x}, {b, 1, y}, {c, 2, z}])]).

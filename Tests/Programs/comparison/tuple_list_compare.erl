-module(tuple_list_compare).
-export([main/1]).
-mode(compile).

%% Tuples compare by size first, then element by element; lists element by element.
main(_) ->
    io:format("~p~n", [[{1, 2} < {1, 3}, {2} < {1, 1}, {a, b} > {a}, {} < {0}]]),
    io:format("~p~n", [[[1, 2] < [1, 3], [2] > [1, 1], [] < [0], "abc" < "abd", "ab" < "abc"]]),
    io:format("~p~n", [[[1 | 2] < [1 | 3], [1 | a] > [1, 2]]]),
    io:format("~p~n", [lists:sort([{b, 1}, {a, 2}, {a, 1, 0}, {a}, {b}])]),
    io:format("~p~n", [lists:sort(["b", "ab", "a", "", "ba"])]).

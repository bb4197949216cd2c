-module(list_patterns).
-export([main/1]).
-mode(compile).

len([]) -> 0;
len([_]) -> 1;
len([_, _]) -> 2;
len([_, _ | _]) -> many.

improper([H | T]) when not is_list(T) -> {improper, H, T};
improper(L) -> {proper, L}.

main(_) ->
    io:format("~p~n", [[len([]), len([a]), len([a, b]), len([a, b, c])]]),
    io:format("~p~n", [improper([1 | 2])]),
    io:format("~p~n", [improper([1, 2])]),
    [A, B, C] = "xyz",
    io:format("~p~n", [[A, B, C]]),
    io:format("~p~n", [[1, 2 | [3, 4]]]),
    io:format("~p~n", [[1 | [2 | [3 | []]]]]).

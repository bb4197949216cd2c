-module(improper_and_deep).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[1 | 2]]),
    io:format("~p~n", [[1, 2 | 3]]),
    io:format("~p~n", [[[1], [[2]], [[[3]]]]]),
    io:format("~p~n", [[a | [b | [c | d]]]]),
    io:format("~p~n", [is_list([1 | 2])]),
    io:format("~p~n", [[$a | "bc"]]),
    io:format("~p~n", [["ab" | "cd"]]),
    io:format("~p~n", [[[] | []]]),
    io:format("~p~n", [lists:flatten([[], [[]], [[[]]]])]).

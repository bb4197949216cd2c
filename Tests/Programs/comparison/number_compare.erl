-module(number_compare).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[1 < 2, 1.0 < 2, 2 < 1.5, 1 == 1.0, 1 /= 1.0, 1 =/= 1.0]]),
    io:format("~p~n", [[1 =< 1.0, 1.0 >= 1, -0.0 == 0, 0.0 =:= -0.0]]),
    io:format("~p~n", [lists:sort([3, 1.0, 2, 1, 0.5, -1, 1 bsl 70, -(1 bsl 70)])]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2.0])]),
    io:format("~p~n", [[max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1)]]),
    io:format("~p~n", [(1 bsl 70) > 1.0e20]),
    io:format("~p~n", [(1 bsl 70) < 1.0e22]).

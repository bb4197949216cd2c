-module(mixed_int_float).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[1 + 1.0, 2 * 0.5, 3 - 3.0, 10 / 4]]),
    io:format("~p~n", [(1 bsl 60) + 0.5]),
    io:format("~p~n", [(1 bsl 100) * 1.0]),
    io:format("~p~n", [(1 bsl 53) + 1.0]),
    io:format("~p~n", [[1 == 1.0, 1 =:= 1.0, 1 < 1.5, 2 > 1.5]]),
    io:format("~p~n", [(1 bsl 64) == 18446744073709551616.0]),
    io:format("~p~n", [(1 bsl 64) + 1 > 18446744073709551616.0]),
    io:format("~p~n", [lists:sum([1, 2.5, 3])]).

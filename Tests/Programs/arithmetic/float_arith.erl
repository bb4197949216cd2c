-module(float_arith).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[1.5 + 2, 3 - 0.5, 2.0 * 3, 1 / 3, 2 / 3]]),
    io:format("~p~n", [[0.1 * 3, 1.1 * 1.1, 100.0 / 3.0]]),
    io:format("~p~n", [[float(7), float(-0), round(2.5), round(-2.5), round(3.49)]]),
    io:format("~p~n", [[trunc(2.9), trunc(-2.9), floor(-2.5), ceil(-2.5), floor(2), ceil(2.1)]]),
    io:format("~p~n", [[math:sqrt(2), math:pow(2, 0.5), math:pi()]]),
    io:format("~p~n", [[math:sin(0), math:cos(0), math:exp(1), math:log(10)]]),
    io:format("~p~n", [[math:log2(1024), math:log10(1000), math:floor(-1.5), math:ceil(1.2)]]),
    io:format("~p~n", [[math:atan2(1, 1), math:fmod(10.5, 3)]]),
    io:format("~p~n", [3.0e200 * 3.0e100 / 1.0e200]),
    io:format("~p~n", [1 / 3 * 3 =:= 1.0]).

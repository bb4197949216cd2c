-module(operators).
-export([main/1]).
-mode(compile).

%% Operator precedence and associativity.
main(_) ->
    io:format("~p~n", [1 + 2 * 3]),
    io:format("~p~n", [(1 + 2) * 3]),
    io:format("~p~n", [10 - 3 - 2]),
    io:format("~p~n", [2 * 3 div 2]),
    io:format("~p~n", [[1] ++ [2] ++ [3]]),
    io:format("~p~n", [[1,2,3,4] -- [2] -- [2]]),
    io:format("~p~n", [-2 * -3]),
    io:format("~p~n", [1 + 2 == 3]),
    io:format("~p~n", [not true or true]),
    io:format("~p~n", [true andalso false orelse true]),
    io:format("~p~n", [1 bsl 2 + 1]),
    io:format("~p~n", [bnot 5 band 3]),
    io:format("~p~n", [- 5 rem 3]),
    io:format("~p~n", [3 =< 3 andalso 2 >= 1 andalso 1 =/= 1.0 andalso 1 /= 2]),
    io:format("~p~n", [catch 1 + 1]),
    io:format("~p~n", [#{a => 1}#{a := 2}]),
    io:format("~p~n", [{1, 2}]).

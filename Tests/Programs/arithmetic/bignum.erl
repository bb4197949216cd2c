-module(bignum).
-export([main/1]).
-mode(compile).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

main(_) ->
    io:format("~p~n", [fact(30)]),
    io:format("~p~n", [fact(100)]),
    io:format("~p~n", [pow(2, 64)]),
    io:format("~p~n", [pow(2, 64) - 1]),
    io:format("~p~n", [pow(-3, 41)]),
    io:format("~p~n", [pow(2, 200) div pow(3, 50)]),
    io:format("~p~n", [pow(2, 200) rem pow(3, 50)]),
    io:format("~p~n", [-pow(2, 100) div 7]),
    io:format("~p~n", [-pow(2, 100) rem 7]),
    io:format("~p~n", [pow(10, 30) * pow(10, 30)]),
    io:format("~p~n", [fact(25) div fact(23)]),
    io:format("~p~n", [pow(2, 64) - pow(2, 64) + 5]),
    io:format("~p~n", [abs(-pow(7, 30))]).

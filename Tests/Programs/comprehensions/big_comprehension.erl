-module(big_comprehension).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [X * X || X <- lists:seq(1, 500000)],
    io:format("~p~n", [length(L)]),
    io:format("~p~n", [lists:last(L)]),
    Pairs = [{A, B} || A <- lists:seq(1, 300), B <- lists:seq(1, 300), (A + B) rem 7 =:= 0],
    io:format("~p~n", [length(Pairs)]),
    Bin = << <<(X rem 256)>> || X <- lists:seq(1, 100000) >>,
    io:format("~p~n", [byte_size(Bin)]).

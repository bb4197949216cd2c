-module(higher_order).
-export([main/1]).
-mode(compile).

main(_) ->
    L = lists:seq(1, 10),
    io:format("~p~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X rem 2 =:= 0 end, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> X + Acc end, 0, L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:all(fun(X) -> X > 0 end, L)]),
    io:format("~p~n", [lists:any(fun(X) -> X > 9 end, L)]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X < 4 end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X < 8 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:partition(fun(X) -> X > 5 end, L)]),
    io:format("~p~n", [lists:flatmap(fun(X) -> [X, X] end, [a, b])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, [1, 2, 3])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 8 -> {true, X * 10};
                                          (X) -> X =:= 1 end, L)]),
    lists:foreach(fun(X) -> io:format("<~p>", [X]) end, [a, b, c]),
    io:format("~n"),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~p~n", [lists:search(fun(X) -> X > 4 end, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 40 end, L)]).

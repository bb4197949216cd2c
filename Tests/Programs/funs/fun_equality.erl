-module(fun_equality).
-export([main/1]).
-mode(compile).

f(X) -> X.

main(_) ->
    A = fun f/1,
    B = fun f/1,
    io:format("~p~n", [A =:= B]),
    C = fun lists:sum/1,
    D = fun lists:sum/1,
    io:format("~p~n", [C =:= D]),
    io:format("~p~n", [is_function(A) andalso is_function(C)]),
    io:format("~p~n", [A < {}]).

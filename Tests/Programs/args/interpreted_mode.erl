-module(interpreted_mode).
-export([main/1]).

%% Without -mode(compile) escript interprets the module; the observable behaviour of
%% ordinary code is the same.
main(Args) ->
    L = [length(A) || A <- Args],
    io:format("~p~n", [L]),
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [fact(20)]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

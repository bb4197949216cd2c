-module(numeric_args).
-export([main/1]).
-mode(compile).

%% A classic escript: parse numbers from the command line.
main(Args) ->
    Nums = [list_to_integer(A) || A <- Args],
    io:format("sum=~p product=~p~n", [lists:sum(Nums), lists:foldl(fun erlang:'*'/2, 1, Nums)]).

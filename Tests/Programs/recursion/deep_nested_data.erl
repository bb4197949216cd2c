-module(deep_nested_data).
-export([main/1]).
-mode(compile).

%% Building and comparing very deep terms.
nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {Acc}).

depth({X}) -> 1 + depth(X);
depth(_) -> 0.

main(_) ->
    A = nest(200000, leaf),
    B = nest(200000, leaf),
    io:format("~p~n", [depth(A)]),
    io:format("~p~n", [A =:= B]),
    io:format("~p~n", [A < nest(200000, zzz)]),
    L = lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, 200000)),
    io:format("~p~n", [length(lists:flatten(L))]).

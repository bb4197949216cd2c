-module(comp_scoping).
-export([main/1]).
-mode(compile).

%% Generator variables are local to the comprehension; outer bound variables filter.
main(_) ->
    X = 2,
    io:format("~p~n", [[Y || {X1, Y} <- [{1, a}, {2, b}, {2, c}], X1 =:= X]]),
    L = [Z * 10 || Z <- [1, 2]],
    Z = 99,
    io:format("~p~n", [{L, Z}]),
    io:format("~p~n", [[{A, B} || A <- [1, 2, 3], B <- [A * A], B > 1]]),
    F = fun(N) -> [N * I || I <- lists:seq(1, 3)] end,
    io:format("~p~n", [F(5)]).

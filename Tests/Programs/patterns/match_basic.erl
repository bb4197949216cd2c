-module(match_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    A = 1,
    {B, C} = {2, 3},
    [D, E | F] = [4, 5, 6, 7],
    {x, G, _} = {x, "g", ignored},
    H = I = 8,
    1 = A,
    io:format("~p~n", [[A, B, C, D, E, F, G, H, I]]),
    J = {K, L} = {9, 10},
    io:format("~p~n", [{J, K, L}]).

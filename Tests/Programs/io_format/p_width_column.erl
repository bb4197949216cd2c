-module(p_width_column).
-export([main/1]).
-mode(compile).

main(_) ->
    T = [{alpha, 1}, {beta, 2}, {gamma, 3}, {delta, 4}, {epsilon, 5}, {zeta, 6}],
    io:format("~40p~n", [T]),
    io:format("~120p~n", [T ++ T]),
    io:format("~p~n", [T ++ T]),
    io:format("~w~n", [T ++ T]),
    io:format("   indented: ~p~n", [T ++ T]).

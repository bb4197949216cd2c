-module(int_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[1 + 2, 5 - 8, 6 * 7, 7 div 2, 7 rem 2]]),
    io:format("~p~n", [[-7 div 2, -7 rem 2, 7 div -2, 7 rem -2, -7 div -2, -7 rem -2]]),
    io:format("~p~n", [[abs(-3), abs(3), -(-3), +3]]),
    io:format("~p~n", [[max(1, 2), min(1, 2), max(1, 1.0), min(1, 1.0)]]),
    io:format("~p~n", [[7 / 2, 6 / 3, -1 / 4]]).

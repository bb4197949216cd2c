-module(list_comp).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[X * 2 || X <- [1, 2, 3]]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [1, 2, 3], X < Y]]),
    io:format("~p~n", [[X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {other, 3}]]]),
    io:format("~p~n", [[X || X <- [], true]]),
    io:format("~p~n", [[ok || _ <- [a, b]]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], X > 1, X < 3]]),
    io:format("~p~n", [[[Y || Y <- lists:seq(1, X)] || X <- [1, 2, 3]]]),
    io:format("~p~n", [[X + Y || X <- [10], Y <- [X, X + 1]]]),
    io:format("~p~n", [[X || X <- [1, a, 2.0, "s"], is_number(X)]]).

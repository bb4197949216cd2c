-module(nested_generators).
-export([main/1]).
-mode(compile).

main(_) ->
    Words = ["apple", "bob", "kayak", "zebra", "level"],
    io:format("~p~n", [[W || W <- Words, W =:= lists:reverse(W)]]),
    io:format("~p~n", [[{W, C} || W <- Words, length(W) =:= 3, C <- W]]),
    io:format("~p~n", [[C - $a || [C | _] <- Words]]),
    Matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    Transposed = [[lists:nth(I, Row) || Row <- Matrix] || I <- lists:seq(1, 3)],
    io:format("~p~n", [Transposed]),
    io:format("~p~n", [[X * Y || X <- [1, 2], Y <- [10, 20], X * Y > 15]]),
    io:format("~p~n", [[{K, V} || {K, V} <- [{a, 1}, bad, {b, 2}, {c}]]]),
    io:format("~p~n", [lists:sum([X || <<X>> <= <<"abc">>, X > $a])]).

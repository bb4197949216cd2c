-module(record_patterns).
-export([main/1]).
-mode(compile).

-record(shape, {kind, w = 1, h = 1}).

area(#shape{kind = square, w = W}) -> W * W;
area(#shape{kind = rect, w = W, h = H}) -> W * H;
area(#shape{}) -> unknown.

is_big(S) when S#shape.w > 10 -> true;
is_big(_) -> false.

main(_) ->
    Shapes = [#shape{kind = square, w = 3}, #shape{kind = rect, w = 2, h = 5},
              #shape{kind = blob}],
    io:format("~p~n", [[area(S) || S <- Shapes]]),
    io:format("~p~n", [[is_big(#shape{w = 11}), is_big(#shape{})]]),
    io:format("~p~n", [[W || #shape{w = W} <- Shapes]]),
    io:format("~p~n", [area({shape, square, 4, 0})]).

-module(guard_arith).
-export([main/1]).
-mode(compile).

f(X, Y) when X * 2 + Y > 10 -> big;
f(X, Y) when X band Y =/= 0 -> overlap;
f(X, Y) when X bsl 1 =:= Y -> doubled;
f(X, _) when -X > 0 -> negative;
f(X, Y) when X / Y > 0.5 -> ratio;
f(_, _) -> other.

main(_) ->
    io:format("~p~n", [[f(5, 1), f(1, 3), f(2, 4), f(-1, 0), f(1, 1), f(0, 8), f(1, 0)]]).

-module(guard_sequences).
-export([main/1]).
-mode(compile).

%% ',' is and, ';' is or between guards.
f(X) when X > 0, X < 10 -> in_range;
f(X) when X < 0; X > 100 -> outside;
f(_) -> middle.

g(X, Y) when X > Y, is_integer(X); is_atom(X) -> yes;
g(_, _) -> no.

main(_) ->
    io:format("~p~n", [[f(5), f(-1), f(200), f(50), f(0)]]),
    io:format("~p~n", [[g(2, 1), g(1, 2), g(a, 100), g(2.0, 1)]]).

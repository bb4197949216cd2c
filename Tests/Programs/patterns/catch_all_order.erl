-module(catch_all_order).
-export([main/1]).
-mode(compile).

%% Clauses are tried top to bottom; the first that matches wins.
f(X) when is_integer(X), X > 100 -> big;
f(X) when is_integer(X) -> int;
f(X) when is_number(X) -> number;
f({_, _}) -> pair;
f({_, _, _}) -> triple;
f(_) -> anything.

main(_) ->
    io:format("~p~n", [[f(500), f(5), f(5.5), f({a, b}), f({a, b, c}), f("s")]]).

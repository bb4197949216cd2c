-module(comparison_guards).
-export([main/1]).
-mode(compile).

cmp(X, Y) when X == Y -> equal;
cmp(X, Y) when X < Y -> less;
cmp(_, _) -> greater.

exact(X, Y) when X =:= Y -> exact;
exact(X, Y) when X == Y -> coerced;
exact(_, _) -> different.

main(_) ->
    io:format("~p~n", [[cmp(1, 1.0), cmp(1, 2), cmp(b, a), cmp(1, a), cmp({1}, [1])]]),
    io:format("~p~n", [[exact(1, 1), exact(1, 1.0), exact(1, 2)]]).

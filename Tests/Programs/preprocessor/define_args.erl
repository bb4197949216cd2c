-module(define_args).
-export([main/1]).
-mode(compile).

-define(SQUARE(X), ((X) * (X))).
-define(MAX(A, B), case (A) > (B) of true -> (A); false -> (B) end).
-define(PAIR(A, B), {A, B}).
-define(TWICE(E), [E, E]).
-define(F(X), X).
-define(F, no_args).

main(_) ->
    io:format("~p~n", [?SQUARE(3 + 1)]),
    io:format("~p~n", [?MAX(3, 7)]),
    io:format("~p~n", [?PAIR({1, 2}, [a, b])]),
    io:format("~p~n", [?TWICE(x)]),
    io:format("~p~n", [{?F(1), ?F}]).

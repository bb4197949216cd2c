-module(closures).
-export([main/1]).
-mode(compile).

make_counter(Start) -> fun(Inc) -> Start + Inc end.
compose(F, G) -> fun(X) -> F(G(X)) end.
adders() -> [fun(X) -> X + N end || N <- [1, 2, 3]].

main(_) ->
    C = make_counter(10),
    io:format("~p~n", [[C(1), C(5)]]),
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~p~n", [(compose(Inc, Dbl))(5)]),
    io:format("~p~n", [(compose(Dbl, Inc))(5)]),
    io:format("~p~n", [[F(100) || F <- adders()]]),
    X = 7,
    Capture = fun() -> X * 6 end,
    io:format("~p~n", [Capture()]),
    io:format("~p~n", [(fun(A, B) -> A - B end)(10, 3)]).

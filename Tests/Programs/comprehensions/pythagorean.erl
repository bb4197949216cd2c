-module(pythagorean).
-export([main/1]).
-mode(compile).

triples(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N),
                  A * A + B * B =:= C * C].

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

qsort([]) -> [];
qsort([P | Xs]) -> qsort([X || X <- Xs, X < P]) ++ [P] ++ qsort([X || X <- Xs, X >= P]).

main(_) ->
    io:format("~p~n", [triples(30)]),
    io:format("~p~n", [perms([1, 2, 3])]),
    io:format("~p~n", [qsort([5, 3, 8, 1, 9, 2, 7])]).

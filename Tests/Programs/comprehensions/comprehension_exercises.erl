-module(comprehension_exercises).
-export([main/1]).
-mode(compile).

%% Multiple generators, pattern generators, Pythagorean triples, quicksort.
main(_) ->
    io:format("~p~n", [[{X, Y} || X <- [1,2,3], Y <- [a,b], X =/= 2]]),
    io:format("~p~n", [[X || {ok, X} <- [{ok, 1}, error, {ok, 2}]]]),
    io:format("~p~n", [[X * Y || X <- lists:seq(1,3), Y <- lists:seq(X, 3)]]),
    io:format("~p~n", [[{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B), A*A + B*B =:= C*C]]),
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6])]).
qsort([]) -> []; qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

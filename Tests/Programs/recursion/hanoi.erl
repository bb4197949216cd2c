-module(hanoi).
-export([main/1]).
-mode(compile).

hanoi(0, _, _, _) -> 0;
hanoi(N, From, To, Via) ->
    hanoi(N - 1, From, Via, To) + 1 + hanoi(N - 1, Via, To, From).

moves(0, _, _, _) -> [];
moves(N, F, T, V) -> moves(N - 1, F, V, T) ++ [{F, T}] ++ moves(N - 1, V, T, F).

main(_) ->
    io:format("~p~n", [hanoi(20, a, c, b)]),
    io:format("~p~n", [moves(3, a, c, b)]).

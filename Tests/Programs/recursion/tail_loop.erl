-module(tail_loop).
-export([main/1]).
-mode(compile).

%% Tail calls run in constant space.
count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

ping(0) -> done;
ping(N) -> pong(N - 1).
pong(0) -> done;
pong(N) -> ping(N - 1).

main(_) ->
    io:format("~p~n", [count(3000000, 0)]),
    io:format("~p~n", [ping(3000001)]).

-module(ackermann).
-export([main/1]).
-mode(compile).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

main(_) ->
    io:format("~p~n", [[ack(2, 3), ack(3, 3), ack(3, 6)]]).

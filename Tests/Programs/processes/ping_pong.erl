-module(ping_pong).
-export([main/1]).
-mode(compile).

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> io:format("pong stopping~n")
    end.

ping(_, 0) -> ok;
ping(Pong, N) ->
    Pong ! {ping, self(), N},
    receive {pong, N} -> ok end,
    ping(Pong, N - 1).

main(_) ->
    Pong = spawn(fun pong/0),
    ping(Pong, 10000),
    io:format("10000 round trips done~n"),
    Ref = monitor(process, Pong),
    Pong ! stop,
    receive {'DOWN', Ref, process, Pong, Reason} -> io:format("pong exited: ~p~n", [Reason]) end.

-module(ring).
-export([main/1]).
-mode(compile).

%% The tutorial's mini project, fixed: loop/0 waits for its successor, then loop/1 forwards
%% the token. Prints counts instead of times so the output is deterministic.
start(N, M) ->
    Pids = [spawn(fun() -> loop() end) || _ <- lists:seq(1, N)],
    % Each process gets the previous one as its successor; the first closes the ring.
    lists:foldl(fun(Pid, Prev) -> Prev ! {set_next, Pid}, Pid end, hd(Pids), tl(Pids)),
    lists:last(Pids) ! {set_next, hd(Pids)},
    hd(Pids) ! {pass, N * M, self(), 0},
    receive {done, Hops} -> {N, M, Hops} end.

loop() ->
    receive
        {set_next, Next} -> loop(Next)
    end.

loop(Next) ->
    receive
        {pass, 0, From, Hops} -> From ! {done, Hops}, loop(Next);
        {pass, Count, From, Hops} ->
            Next ! {pass, Count - 1, From, Hops + 1},
            loop(Next)
    end.

main(_) ->
    io:format("~p~n", [start(3, 2)]),
    io:format("~p~n", [start(1000, 50)]),
    io:format("ring done~n").

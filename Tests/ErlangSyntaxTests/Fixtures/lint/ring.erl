-module(ring).
-export([start/2]).

start(N, M) ->
    % Create ring of N processes
    Pids = [spawn(fun() -> loop() end) || _ <- lists:seq(1, N)],
    % Link them in a ring
    lists:foldl(fun(Pid, Prev) ->
        Pid ! {set_next, Prev}, Prev
    end, hd(Pids), tl(Pids)),
    % Start the message
    hd(Pids) ! {pass, M, self()},
    receive {done, Time} -> Time end.

loop() ->
    receive
        {set_next, Next} -> loop(Next);
        {pass, 0, From} -> From ! {done, erlang:monotonic_time()};
        {pass, Count, From} ->
            timer:sleep(10),  % simulate work
            Next ! {pass, Count - 1, From},
            loop()
    end.

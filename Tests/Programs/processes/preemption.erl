-module(preemption).
-export([main/1]).
-mode(compile).

%% A busy loop must not starve other processes: the reply arrives while it spins.
spin() -> spin().

main(_) ->
    Spinner = spawn(fun spin/0),
    Parent = self(),
    spawn(fun() -> Parent ! still_scheduled end),
    R = receive still_scheduled -> ok after 5000 -> starved end,
    io:format("~p~n", [R]),
    exit(Spinner, kill),
    io:format("done~n").

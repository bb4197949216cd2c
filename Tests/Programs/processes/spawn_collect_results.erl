-module(spawn_collect_results).
-export([main/1]).
-mode(compile).

%% Collecting results from spawned processes, links with trap_exit, receive after.
main(_) ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), N * N} end) || N <- lists:seq(1, 5)],
    R = [receive {P, V} -> V end || P <- Pids],
    io:format("~p~n", [R]),
    Pid = spawn(fun loop/0), Pid ! {add, 2, 3, self()},
    receive {result, S} -> io:format("~p~n", [S]) end, Pid ! stop,
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> exit(normal_bye) end),
    receive {EXIT, L, Why} -> io:format("~p ~p~n", [EXIT, Why]) end,
    receive after 10 -> io:format("timeout~n") end.
loop() -> receive {add, A, B, From} -> From ! {result, A + B}, loop(); stop -> ok end.

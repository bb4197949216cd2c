-module(spawn_mfa).
-export([main/1, worker/2]).
-mode(compile).

worker(Parent, N) -> Parent ! {worker_result, N * 100}.

main(_) ->
    spawn(?MODULE, worker, [self(), 3]),
    receive {worker_result, R} -> io:format("~p~n", [R]) end,
    Pid = spawn_link(?MODULE, worker, [self(), 4]),
    receive {worker_result, R2} -> io:format("~p ~p~n", [R2, is_pid(Pid)]) end,
    {P3, Ref} = spawn_monitor(?MODULE, worker, [self(), 5]),
    receive {worker_result, R3} -> io:format("~p~n", [R3]) end,
    receive {'DOWN', Ref, process, P3, Why} -> io:format("~p~n", [Why]) end,
    {P4, Ref4} = spawn_monitor(?MODULE, no_such_function, []),
    receive {'DOWN', Ref4, process, P4, {undef, _}} -> io:format("undef in spawned process~n") end.

-module(send_to_dead_process).
-export([main/1]).
-mode(compile).

%% Sending to a process that has exited is not an error; the message is dropped.
main(_) ->
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Pid, normal} -> ok end,
    Result = Pid ! hello,
    io:format("send returned ~p~n", [Result]),
    io:format("~p~n", [erlang:send(Pid, again)]),
    io:format("~p~n", [is_process_alive(Pid)]).

-module(registered_names).
-export([main/1]).
-mode(compile).

echo() ->
    receive
        {From, Msg} -> From ! {echo, Msg}, echo();
        stop -> ok
    end.

main(_) ->
    Pid = spawn(fun echo/0),
    true = register(echo_server, Pid),
    io:format("~p~n", [whereis(echo_server) =:= Pid]),
    echo_server ! {self(), hello},
    receive {echo, M} -> io:format("echoed ~p~n", [M]) end,
    io:format("~p~n", [lists:member(echo_server, registered())]),
    io:format("~p~n", [try register(echo_server, self()) catch error:E1 -> E1 end]),
    io:format("~p~n", [try register(another, Pid) catch error:E2 -> {second_name, E2} end]),
    io:format("~p~n", [process_info(Pid, registered_name)]),
    true = unregister(echo_server),
    io:format("~p~n", [whereis(echo_server)]),
    R = try not_registered ! hi catch error:E -> {caught, E} end,
    io:format("~p~n", [R]),
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, process, _, normal} -> ok end,
    register(reused_name, spawn(fun echo/0)),
    io:format("~p~n", [is_pid(whereis(reused_name))]),
    reused_name ! stop,
    timer:sleep(20),
    io:format("~p~n", [whereis(reused_name)]).

-module(process_basics).
-export([main/1]).
-mode(compile).

%% spawn, send/receive, refs, monitors, registered names, selective receive.
main(_) ->
    Self = self(),
    P = spawn(fun() -> receive {ping, From} -> From ! pong end end), P ! {ping, Self},
    receive pong -> io:format("got pong~n") end,
    Ref = make_ref(), Self ! {Ref, hi},
    receive {Ref, M} -> io:format("~p~n", [M]) end, {Pid, MRef} = spawn_monitor(fun() -> exit(oops) end),
    receive {'DOWN', MRef, process, Pid, Reason} -> io:format("down ~p~n", [Reason]) end,
    register(me, Self), me ! via_name,
    receive via_name -> io:format("registered ok~n") end,
    io:format("~p~n", [is_process_alive(Self)]), Self ! b, Self ! a,
    receive a -> io:format("a first~n") end,
    receive b -> io:format("then b~n") end.

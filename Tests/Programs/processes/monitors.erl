-module(monitors).
-export([main/1]).
-mode(compile).

main(_) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(finished_work) end),
    receive {'DOWN', Ref, process, Pid, R1} -> io:format("down: ~p~n", [R1]) end,
    P2 = spawn(fun() -> receive go -> ok end end),
    Ref2 = monitor(process, P2),
    P2 ! go,
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("down: ~p~n", [R2]) end,
    Ref3 = monitor(process, P2),
    receive {'DOWN', Ref3, process, P2, R3} -> io:format("already dead: ~p~n", [R3]) end,
    P4 = spawn(fun() -> receive go -> exit(late) end end),
    Ref4 = monitor(process, P4),
    true = demonitor(Ref4),
    P4 ! go,
    receive {'DOWN', Ref4, _, _, _} -> io:format("unexpected~n") after 100 -> io:format("demonitored: no message~n") end,
    P5 = spawn(fun() -> receive go -> exit(crash) end end),
    Ref5 = monitor(process, P5),
    P5 ! go,
    timer:sleep(50),
    io:format("~p~n", [demonitor(Ref5, [flush, info])]),
    receive {'DOWN', Ref5, _, _, _} -> io:format("flushed? no~n") after 0 -> io:format("flushed~n") end,
    {P6, Ref6} = spawn_monitor(fun() -> error(boom) end),
    receive {'DOWN', Ref6, process, P6, {boom, _Stack}} -> io:format("error reason boom~n") end.

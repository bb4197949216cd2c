-module(monitor_registered_name).
-export([main/1]).
-mode(compile).

main(_) ->
    Pid = spawn(fun() -> receive stop -> exit(stopped) end end),
    register(named_worker, Pid),
    Ref = monitor(process, named_worker),
    named_worker ! stop,
    receive {'DOWN', Ref, process, Who, Why} -> io:format("~p ~p~n", [Who, Why]) end,
    Ref2 = monitor(process, nobody_by_this_name),
    receive {'DOWN', Ref2, process, Who2, Why2} -> io:format("~p ~p~n", [Who2, Why2]) end.

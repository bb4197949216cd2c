-module(link_unlink).
-export([main/1]).
-mode(compile).

main(_) ->
    process_flag(trap_exit, true),
    Pid = spawn(fun() -> receive go -> exit(bad) end end),
    true = link(Pid),
    {links, Links} = process_info(self(), links),
    io:format("linked: ~p~n", [lists:member(Pid, Links)]),
    true = unlink(Pid),
    Ref = monitor(process, Pid),
    Pid ! go,
    receive {'DOWN', Ref, process, Pid, R} -> io:format("down ~p~n", [R]) end,
    receive {'EXIT', Pid, _} -> io:format("unexpected exit message~n") after 50 -> io:format("no exit message after unlink~n") end,
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    io:format("~p~n", [link(Dead)]),
    receive {'EXIT', Dead, noproc} -> io:format("linking a dead process: noproc~n") after 100 -> io:format("nothing~n") end.

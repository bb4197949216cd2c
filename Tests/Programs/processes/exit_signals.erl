-module(exit_signals).
-export([main/1]).
-mode(compile).

sleeper() -> receive never -> ok end.

main(_) ->
    A = spawn(fun sleeper/0),
    exit(A, normal),
    timer:sleep(20),
    io:format("normal signal ignored: ~p~n", [is_process_alive(A)]),
    exit(A, some_reason),
    timer:sleep(20),
    io:format("other signal kills: ~p~n", [not is_process_alive(A)]),
    Parent = self(),
    B = spawn(fun() -> process_flag(trap_exit, true), Parent ! ready,
                       receive M -> Parent ! {trapped, M} end end),
    receive ready -> ok end,
    exit(B, please_stop),
    receive {trapped, {'EXIT', Parent, Why}} -> io:format("trapped: ~p~n", [Why]) end,
    C = spawn(fun() -> process_flag(trap_exit, true), Parent ! ready, sleeper() end),
    receive ready -> ok end,
    Ref = monitor(process, C),
    exit(C, kill),
    receive {'DOWN', Ref, process, C, R} -> io:format("kill cannot be trapped: ~p~n", [R]) end.

-module(crash_report_stdout).
-export([main/1]).
-mode(compile).

%% A crashing spawned process logs an error report on stderr; stdout and the main
%% process are unaffected.
main(_) ->
    io:format("spawning a process that crashes~n"),
    Pid = spawn(fun() -> 1 = 2 end),
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, {Reason, _}} -> io:format("it died: ~p~n", [Reason]) end,
    spawn(fun() -> error(another_crash) end),
    spawn(fun() -> exit(quiet_exit) end),
    timer:sleep(100),
    io:format("main still running~n").

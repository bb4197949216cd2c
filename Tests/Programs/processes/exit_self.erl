-module(exit_self).
-export([main/1]).
-mode(compile).

%% exit(self(), normal) ends the calling process (unless it traps exits, then it is a message).
main(_) ->
    Parent = self(),
    {Pid, Ref} = spawn_monitor(fun() -> exit(self(), normal), Parent ! survived end),
    receive {'DOWN', Ref, process, Pid, Why} -> io:format("child ended: ~p~n", [Why]) end,
    receive survived -> io:format("child survived~n") after 50 -> io:format("no survivor message~n") end,
    process_flag(trap_exit, true),
    exit(self(), normal),
    receive {'EXIT', Self, normal} when Self =:= self() -> io:format("trapped own exit~n") after 100 -> io:format("nothing~n") end,
    exit(self(), custom),
    receive {'EXIT', _, custom} -> io:format("trapped custom~n") after 100 -> io:format("nothing~n") end.

-module(pid_numbering).
-export([main/1]).
-mode(compile).

%% escript's main process is <0.9.0>; the processes a compiled escript spawns are numbered
%% consecutively from <0.80.0> (lower numbers belong to OTP's system processes).
main(_) ->
    io:format("main ~p ~s~n", [self(), pid_to_list(self())]),
    io:format("~p~n", [list_to_pid("<0.9.0>") =:= self()]),
    Waiters = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 3)],
    io:format("spawn ~p~n", [Waiters]),
    [W ! stop || W <- Waiters],
    Linked = spawn_link(fun() -> ok end),
    {Monitored, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Monitored, normal} -> ok end,
    io:format("spawn_link ~p spawn_monitor ~p~n", [Linked, Monitored]),
    Parent = self(),
    Child = spawn(fun() -> Parent ! {grandchild, spawn(fun() -> ok end)} end),
    receive {grandchild, Grandchild} -> io:format("child ~p grandchild ~p~n", [Child, Grandchild]) end,
    io:format("~p~n", [lists:sort([Grandchild, Child, self(), Linked]) =:= [self(), Linked, Child, Grandchild]]).

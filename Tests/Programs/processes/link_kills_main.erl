-module(link_kills_main).
-export([main/1]).
-mode(compile).

%% The main process is linked to a crashing process and does not trap exits: it is killed,
%% and escript's init reports the reason (exit status 1).
main(_) ->
    spawn_link(fun() -> exit(boom) end),
    receive after 2000 -> io:format("not reached~n") end.

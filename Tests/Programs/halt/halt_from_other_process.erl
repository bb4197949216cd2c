-module(halt_from_other_process).
-export([main/1]).
-mode(compile).

main(_) ->
    spawn(fun() -> io:format("child halting~n"), halt(7) end),
    receive after 5000 -> io:format("not reached~n") end.

-module(halt_code).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("before halt~n"),
    halt(3),
    io:format("not reached~n").

-module(halt_zero_middle).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("one~n"),
    step(),
    io:format("not reached~n").

step() ->
    io:format("two~n"),
    halt(),
    io:format("not reached either~n").

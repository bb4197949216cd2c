-module(halt_with_flush).
-export([main/1]).
-mode(compile).

main(_) ->
    [io:format("line ~p~n", [N]) || N <- lists:seq(1, 1000)],
    halt(0).

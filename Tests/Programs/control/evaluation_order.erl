-module(evaluation_order).
-export([main/1]).
-mode(compile).

%% Observable order of argument evaluation (compiled Erlang: as the compiler emits it).
say(X) -> io:format("~p ", [X]), X.

main(_) ->
    _ = {say(1), say(2), say(3)},
    io:format("~n"),
    _ = [say(a), say(b), say(c)],
    io:format("~n"),
    _ = say(1) + say(2),
    io:format("~n"),
    _ = lists:max([say(p), say(q)]),
    io:format("~n").

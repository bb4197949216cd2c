-module(short_circuit).
-export([main/1]).
-mode(compile).

say(X) -> io:format("eval ~p~n", [X]), X.

main(_) ->
    io:format("~p~n", [say(false) andalso say(true)]),
    io:format("~p~n", [say(true) orelse say(false)]),
    io:format("~p~n", [say(true) andalso say(false)]),
    io:format("~p~n", [say(false) orelse say(true)]),
    io:format("~p~n", [say(true) and say(true)]),
    io:format("~p~n", [false andalso not_a_boolean]),
    io:format("~p~n", [true andalso not_a_boolean]).

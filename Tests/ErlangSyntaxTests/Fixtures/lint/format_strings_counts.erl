-module(format_strings_counts).
-export([a/1]).
a(X) ->
    io:format("hi", [X]),
    io:format("hi~p", [X | X]),
    io:format("~lw ~kp ~tc ~5.3.0f ~.*s", [1, 2, 3, 4.0, 5, "a"]),
    io:format("~ts ~tw", [X, X]),
    io:format('~p', [X, X]),
    io:format([$~, $p], [X, X]),
    io:format(<<"~p">>, [X, X]),
    io:format("~p", "ab"),
    io:format("~p~p", []),
    io_lib:format("~p", []),
    io:fwrite("~p"),
    io:format("~.10.x", []),
    ok.

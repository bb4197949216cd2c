-module(unicode_source).
-export([main/1]).
-mode(compile).

%% The source is UTF-8; standard output of an escript is a latin-1 device.
main(_) ->
    S = "héllo wörld",
    io:format("~w~n", [S]),
    io:format("~p~n", [S]),
    io:format("~s~n", [S]),
    io:format("~ts~n", [S]),
    io:format("~w~n", ["ü€"]),
    io:format("~p~n", ["€"]),
    io:format("~ts~n", ["€ ok"]),
    io:format("~p~n", [length("日本語")]),
    io:format("~w~n", [<<"é"/utf8>>]),
    io:format("~w~n", [<<"é">>]).

-module(record_info).
-export([main/1]).
-mode(compile).

-record(r, {a, b = default, c = 3 * 4}).
-record(empty, {}).

main(_) ->
    io:format("~p~n", [record_info(fields, r)]),
    io:format("~p~n", [record_info(size, r)]),
    io:format("~p~n", [record_info(fields, empty)]),
    io:format("~p~n", [#empty{}]),
    io:format("~p~n", [#r{}]),
    io:format("~p~n", [[#r.a, #r.b, #r.c]]).

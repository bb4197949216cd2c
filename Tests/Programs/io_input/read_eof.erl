-module(read_eof).
-export([main/1]).

%% io:read/1 at the end of input: a term without its dot, an unterminated string.
main(_) ->
    io:format("~p~n", [io:read("1> ")]),
    io:format("~p~n", [io:read("2> ")]),
    io:format("~p~n", [io:read("3> ")]).

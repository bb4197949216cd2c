-module(read_no_dot).
-export([main/1]).

%% io:read/1 at the end of input after tokens without a dot.
main(_) ->
    io:format("~p~n", [io:read("1> ")]),
    io:format("~p~n", [io:read("2> ")]).

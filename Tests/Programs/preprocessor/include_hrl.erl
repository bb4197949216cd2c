-module(include_hrl).
-export([main/1]).
-mode(compile).

-include("include_hrl.hrl").

main(_) ->
    io:format("~s~n", [?FROM_HEADER]),
    P = #point{x = 3},
    io:format("~p~n", [P]),
    io:format("~p~n", [P#point.y]),
    io:format("~p~n", [header_function(7)]).

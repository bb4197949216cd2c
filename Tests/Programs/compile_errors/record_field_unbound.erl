-module(record_field_unbound).
-export([main/1]).

-record(point, {x, y}).

main(_) ->
    P = #point{x = 1},
    io:format("~p~n", [P#point.z]).

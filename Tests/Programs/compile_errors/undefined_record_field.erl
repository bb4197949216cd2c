-module(undefined_record_field).
-export([main/1]).

-record(person, {name}).

main(_) ->
    R = #person{name = "x", age = 3},
    io:format("~p~n", [R]).

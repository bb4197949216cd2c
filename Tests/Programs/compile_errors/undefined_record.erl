-module(undefined_record).
-export([main/1]).

main(_) ->
    R = #person{name = "x"},
    io:format("~p~n", [R]).

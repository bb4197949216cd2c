-module(unbound_variable).
-export([main/1]).

main(_) ->
    io:format("~p~n", [X]).

-module(record_update_errors).
-export([main/1]).
-mode(compile).

-record(a, {x = 1}).
-record(b, {y = 2}).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

not_an_a() -> #b{}.

main(_) ->
    io:format("~p~n", [reason(fun() -> (not_an_a())#a.x end)]),
    io:format("~p~n", [reason(fun() -> (not_an_a())#a{x = 5} end)]),
    io:format("~p~n", [reason(fun() -> #a{x = X} = not_an_a(), X end)]).

-module(comprehension_errors).
-export([main/1]).
-mode(compile).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

id(X) -> X.

main(_) ->
    io:format("~p~n", [reason(fun() -> [X || X <- id(not_a_list)] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, 2], id(maybe_true)] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1 | id(tail)]] end)]),
    io:format("~p~n", [reason(fun() -> << <<X>> || <<X>> <= id(not_a_binary) >> end)]),
    io:format("~p~n", [reason(fun() -> [1 / X || X <- [1, 0]] end)]).

-module(try_catch_classes).
-export([main/1]).
-mode(compile).

classify(F) ->
    try F() of
        Value -> {returned, Value}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exited, X}
    end.

main(_) ->
    io:format("~p~n", [classify(fun() -> ok end)]),
    io:format("~p~n", [classify(fun() -> throw(ball) end)]),
    io:format("~p~n", [classify(fun() -> error(oops) end)]),
    io:format("~p~n", [classify(fun() -> exit(bye) end)]),
    io:format("~p~n", [classify(fun() -> erlang:error({custom, 1}, [arg]) end)]),
    io:format("~p~n", [classify(fun() -> 1 = 2 end)]),
    io:format("~p~n", [classify(fun() -> exit(normal) end)]).

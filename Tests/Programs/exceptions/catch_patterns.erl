-module(catch_patterns).
-export([main/1]).
-mode(compile).

handle(F) ->
    try F()
    catch
        throw:{retry, N} when N < 3 -> {retry, N};
        throw:{retry, _} -> gave_up;
        error:{badmatch, V} -> {no_match_for, V};
        error:badarith -> arithmetic;
        Class:_ when Class =:= exit -> some_exit;
        _:_ -> anything_else
    end.

main(_) ->
    io:format("~p~n", [handle(fun() -> throw({retry, 1}) end)]),
    io:format("~p~n", [handle(fun() -> throw({retry, 5}) end)]),
    io:format("~p~n", [handle(fun() -> {a} = {b} end)]),
    io:format("~p~n", [handle(fun() -> 1 + list_to_atom("x") end)]),
    io:format("~p~n", [handle(fun() -> exit(x) end)]),
    io:format("~p~n", [handle(fun() -> throw(other) end)]),
    io:format("~p~n", [handle(fun() -> error(x) end)]).

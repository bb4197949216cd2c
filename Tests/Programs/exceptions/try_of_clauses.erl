-module(try_of_clauses).
-export([main/1]).
-mode(compile).

%% Exceptions raised in the 'of' clauses are not caught by the same try.
check(V) ->
    try V of
        {ok, X} -> X;
        error -> throw(from_of)
    catch
        throw:from_of -> caught_same_try
    end.

main(_) ->
    io:format("~p~n", [check({ok, 1})]),
    io:format("~p~n", [catch check(error)]),
    R = try check(other) catch error:{try_clause, T} -> {try_clause, T} end,
    io:format("~p~n", [R]).

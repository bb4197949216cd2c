-module(match_repeated_var).
-export([main/1]).
-mode(compile).

%% A variable repeated in a pattern must match equal (=:=) terms.
same({X, X}) -> same;
same({_, _}) -> different.

main(_) ->
    io:format("~p~n", [same({1, 1})]),
    io:format("~p~n", [same({1, 2})]),
    io:format("~p~n", [same({1, 1.0})]),
    io:format("~p~n", [same({[a, {b}], [a, {b}]})]),
    X = 5,
    R = case {5, 6} of
            {X, Y} -> {bound_x_matched, Y};
            _ -> no
        end,
    io:format("~p~n", [R]).

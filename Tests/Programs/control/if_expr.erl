-module(if_expr).
-export([main/1]).
-mode(compile).

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70, S < 80 -> c;
       true -> f
    end.

main(_) ->
    io:format("~p~n", [[grade(S) || S <- [95, 85, 75, 10]]]),
    X = 5,
    Y = if X > 3 -> big; true -> small end,
    io:format("~p~n", [Y]),
    Z = if is_atom(X); X > 4 -> semicolon_guard; true -> no end,
    io:format("~p~n", [Z]).

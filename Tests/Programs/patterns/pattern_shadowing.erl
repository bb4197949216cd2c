-module(pattern_shadowing).
-export([main/1]).
-mode(compile).

%% Variables bound before a fun are not shadowed by the fun's arguments in OTP 25:
%% fun arguments are always fresh; bound outer variables in the body refer to outer values.
main(_) ->
    X = 10,
    F = fun(Y) -> X + Y end,
    io:format("~p~n", [F(1)]),
    L = [{1, a}, {2, b}],
    io:format("~p~n", [[V || {K, V} <- L, K > 1]]),
    Z = 1,
    io:format("~p~n", [[Z || {Z, _} <- L]]).

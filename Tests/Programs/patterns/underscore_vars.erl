-module(underscore_vars).
-export([main/1]).
-mode(compile).

%% '_' never binds; _Named variables do bind.
main(_) ->
    {_, _, _} = {1, 2, 3},
    {_X, Y} = {1, 2},
    io:format("~p~n", [_X + Y]),
    F = fun(_, _) -> ok end,
    io:format("~p~n", [F(1, 2)]),
    [_ | T] = [a, b, c],
    io:format("~p~n", [T]).

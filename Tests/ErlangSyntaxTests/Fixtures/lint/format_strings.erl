-module(format_strings).
-export([a/1]).
a(X) ->
    io:format("~d~n", [X]),
    io:format("~p ~p~n", [X]),
    io:format("~p~n", [X, X]),
    io:format("~p~n", X),
    io:format("~p~n"),
    io:format("hello~n", []),
    io:fwrite("~s~n", [X]),
    io_lib:format("~p ~w~n", [X]),
    io:format(user, "~p ~p~n", [X]),
    io:format("~10.2f ~-5s ~*p ~c ~e ~g ~x ~X ~# ~b ~B ~i ~tp ~lp ~ts ~+ ~~ ~n", [1.0, "a", 3, X, $a, 1.0, 1.0, 1, "p", 1, "p", 1, 1, 2, X, X, X, "s"]),
    io:format(X, [1]),
    io:format("~p" ++ "~p", [1]),
    io:format("~", []),
    io:format("~5", [1]),
    ok.

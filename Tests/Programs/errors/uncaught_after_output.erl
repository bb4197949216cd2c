-module(uncaught_after_output).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = begin [io:format("~p~n", [N]) || N <- lists:seq(1, 5)], 1 = id(2) end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


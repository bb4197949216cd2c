-module(uncaught_try_clause).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = try id(4) of 1 -> one catch _:_ -> caught end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


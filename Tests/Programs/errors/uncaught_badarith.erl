-module(uncaught_badarith).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = id(1) / id(0),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


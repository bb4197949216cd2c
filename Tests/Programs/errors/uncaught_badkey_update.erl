-module(uncaught_badkey_update).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = (id(#{a => 1}))#{missing := 2},
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


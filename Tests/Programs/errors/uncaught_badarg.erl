-module(uncaught_badarg).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = list_to_atom(id(42)),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


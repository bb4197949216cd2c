-module(uncaught_if_clause).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = begin B = id(false), if B -> yes end end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


-module(uncaught_case_clause).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = case id(3) of 1 -> one; 2 -> two end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


-module(uncaught_error_in_catch_clause).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = try throw(id(first)) catch throw:first -> error(id(second)) end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


-module(uncaught_function_clause).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = f(id(2)),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.
f(1) -> one.

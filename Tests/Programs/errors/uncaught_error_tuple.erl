-module(uncaught_error_tuple).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = error(id({my_error, [1, 2, 3]})),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


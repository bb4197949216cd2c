-module(uncaught_badarity).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = (id(fun(X) -> X end))(1, 2),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


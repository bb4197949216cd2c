-module(uncaught_in_fun).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = lists:map(fun(X) -> 10 div X end, id([1, 2, 0])),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


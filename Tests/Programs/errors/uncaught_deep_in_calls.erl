-module(uncaught_deep_in_calls).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = a(id(1)),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) -> X + id(oops).

-module(uncaught_badarg_element).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = element(id(5), {a, b}),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


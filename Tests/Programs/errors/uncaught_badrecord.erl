-module(uncaught_badrecord).
-export([main/1]).
-mode(compile).

-record(r, {a}).
%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = (id({other}))#r.a,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


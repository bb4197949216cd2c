-module(uncaught_throw_through_after).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = try throw(id(thrown)) after io:format("after ran~n") end,
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


-module(uncaught_badmap).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = (id(not_a_map))#{a => 1},
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


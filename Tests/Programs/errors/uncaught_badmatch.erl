-module(uncaught_badmatch).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = {ok, _} = id({error, enoent}),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


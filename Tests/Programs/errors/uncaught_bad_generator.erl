-module(uncaught_bad_generator).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = [X || X <- id(not_a_list)],
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


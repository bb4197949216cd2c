-module(uncaught_undef_existing_module).
-export([main/1]).
-mode(compile).

%% Uncaught: escript prints the exception on stderr and exits with 127.
main(_) ->
    io:format("before~n"),
    Result = lists:no_such_function(id(1)),
    io:format("not reached ~p~n", [Result]).

id(X) -> X.


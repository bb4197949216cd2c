-module(try_all_classes).
-export([main/1]).
-mode(compile).

%% try ... of ... catch for every class, with after.
main(_) ->
    io:format("~p~n", [[f(C) || C <- [error, exit, throw, ok]]]).
f(C) -> try g(C) of V -> {ok, V} catch throw:T -> {thrown, T}; exit:R -> {exited, R}; error:E:S -> {error, E, length(S) > 0} after io:format("after ~p~n", [C]) end.
g(error) -> error(boom); g(exit) -> exit(bye); g(throw) -> throw(ball); g(ok) -> fine.

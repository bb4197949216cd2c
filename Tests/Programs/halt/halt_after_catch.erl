-module(halt_after_catch).
-export([main/1]).
-mode(compile).

%% halt/1 is not an exception: try/catch and after clauses do not intercept it.
main(_) ->
    try
        halt(5)
    catch
        _:_ -> io:format("caught?~n")
    after
        io:format("after?~n")
    end.

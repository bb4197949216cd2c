-module(stacktrace_shape).
-export([main/1]).
-mode(compile).

%% Stack traces are lists of {M, F, ArityOrArgs, Location}; print only their shape.
main(_) ->
    try lists:nth(1, not_a_list)
    catch error:Reason:Stack ->
        io:format("~p~n", [Reason]),
        io:format("~p~n", [is_list(Stack) andalso length(Stack) > 0]),
        [{M, F, A, Loc} | _] = Stack,
        io:format("~p~n", [{is_atom(M), is_atom(F), is_integer(A) orelse is_list(A), is_list(Loc)}])
    end.

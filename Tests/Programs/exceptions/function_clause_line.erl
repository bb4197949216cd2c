-module(function_clause_line).
-export([main/1]).
-mode(compile).

%% A function_clause is reported at the line of the function's first clause (of the `fun`
%% keyword for a fun), whichever clause was tried last.
main(_) ->
    show(fun() -> classify(7) end),
    show(fun() -> guarded(1) end),
    Multi = fun
                (a) -> 1;
                (b) ->
                    2
            end,
    show(fun() -> Multi(id(c)) end),
    show(fun() -> (fun(x) -> x end)(id(y)) end),
    try classify(8)
    catch error:function_clause:Stack ->
        [{_, classify, Args, Loc} | _] = Stack,
        io:format("~w ~p~n", [Args, Loc])
    end.

show(F) ->
    try F()
    catch error:Reason:Stack ->
        [{_, Name, Args, Loc} | _] = Stack,
        io:format("~p ~p ~p ~p~n", [Reason, is_atom(Name), Args, Loc])
    end.

classify(1) -> one;
classify(2) ->
    two;
classify(N) when N > 10, N < 20 ->
    teen;
classify(3) -> three.

guarded(N) when N > 10 -> big.

id(X) -> X.

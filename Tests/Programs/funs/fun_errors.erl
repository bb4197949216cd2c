-module(fun_errors).
-export([main/1]).
-mode(compile).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, strip(Reason)}
    end.

%% badarity/badfun reasons contain the fun itself; print only its shape.
strip({badarity, {Fun, Args}}) when is_function(Fun) -> {badarity, fun_arity(Fun), Args};
strip({badfun, Term}) -> {badfun, Term};
strip(Other) -> Other.

fun_arity(F) -> element(2, erlang:fun_info(F, arity)).

id(X) -> X.

main(_) ->
    io:format("~p~n", [reason(fun() -> (id(fun(X) -> X end))(1, 2) end)]),
    io:format("~p~n", [reason(fun() -> (id(not_a_fun))(1) end)]),
    io:format("~p~n", [reason(fun() -> (id({a, b}))() end)]),
    io:format("~p~n", [reason(fun() -> (id(fun(a) -> ok end))(b) end)]),
    io:format("~p~n", [reason(fun() -> apply(id(fun() -> ok end), [x]) end)]).

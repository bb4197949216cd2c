-module(higher_order_basics).
-export([main/1]).
-mode(compile).

%% Fun references, closures, composition, apply, folds.
main(_) ->
    io:format("~p~n", [lists:map(fun string:to_lower/1, ["ABC", "Def"])]),
    io:format("~p~n", [lists:filter(fun erlang:is_integer/1, [1, a, 2])]),
    Add = fun(A) -> fun(B) -> A + B end end,
    io:format("~p~n", [(Add(1))(2)]),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    io:format("~p~n", [(Compose(fun(X) -> X * 2 end, fun(X) -> X + 1 end))(3)]),
    io:format("~p~n", [apply(lists, reverse, [[1, 2]])]),
    io:format("~p~n", [erlang:fun_info(Add, arity)]),
    io:format("~p~n", [lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, [1, 2, 3, 4])]),
    io:format("~p~n", [lists:any(fun(X) -> X > 2 end, [1, 3])]).

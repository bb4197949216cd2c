-module(deep_fun_recursion).
-export([main/1]).
-mode(compile).

%% Deep recursion through funs and foldr (body recursive in stdlib).
main(_) ->
    Sum = fun S([]) -> 0; S([H | T]) -> H + S(T) end,
    io:format("~p~n", [Sum(lists:seq(1, 1000000))]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> X + A end, 0, lists:seq(1, 1000000))]).

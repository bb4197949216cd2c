-module(higher_order_returns).
-export([main/1]).
-mode(compile).

curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
pipeline(Fs) -> fun(X) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs) end.
memo_fib() ->
    fun(N) -> element(1, lists:foldl(fun(_, {A, B}) -> {B, A + B} end, {0, 1}, lists:seq(1, N))) end.

main(_) ->
    Add = curry(fun(A, B) -> A + B end),
    io:format("~p~n", [(Add(3))(4)]),
    P = pipeline([fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun integer_to_list/1]),
    io:format("~p~n", [P(4)]),
    io:format("~p~n", [(memo_fib())(90)]).

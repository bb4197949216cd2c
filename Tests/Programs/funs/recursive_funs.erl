-module(recursive_funs).
-export([main/1]).
-mode(compile).

%% Named funs can call themselves.
main(_) ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [Fact(20)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(I) || I <- lists:seq(0, 15)]]),
    Loop = fun L(0, Acc) -> Acc; L(N, Acc) -> L(N - 1, Acc + 1) end,
    io:format("~p~n", [Loop(1000000, 0)]),
    Y = fun(F) -> fun(X) -> F(F, X) end end,
    Len = Y(fun(_, []) -> 0; (Self, [_ | T]) -> 1 + Self(Self, T) end),
    io:format("~p~n", [Len([a, b, c, d])]).

-module(integer_sqrt_loop).
-export([main/1]).
-mode(compile).

%% Newton's method on bignums, exercising div and comparison on big values.
isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

main(_) ->
    io:format("~p~n", [isqrt(1 bsl 200)]),
    io:format("~p~n", [isqrt(99999999999999999999999999)]),
    io:format("~p~n", [fib(300)]),
    io:format("~p~n", [length(integer_to_list(fib(10000)))]).

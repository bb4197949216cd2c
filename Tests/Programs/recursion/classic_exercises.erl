-module(classic_exercises).
-export([main/1]).
-mode(compile).

%% fib, factorial, primes, gcd, reverse, big integers and bit operators.
main(_) ->
    io:format("~p~n", [fib(30)]),
    io:format("~p~n", [fact(25)]),
    io:format("~p~n", [[is_prime(N) || N <- lists:seq(1, 20)]]),
    io:format("~p~n", [gcd(1071, 462)]),
    io:format("~p~n", [rev([1, 2, 3])]),
    io:format("~p~n", [integer_to_list(fact(30))]),
    io:format("~p~n", [2 bsl 70]),
    io:format("~p ~p~n", [-7 rem 3, -7 div 3]),
    io:format("~p~n", [bnot 5 band 16#ff bor 3 bxor 1]).
fib(N) -> fib(N, 0, 1). fib(0, A, _) -> A; fib(N, A, B) -> fib(N - 1, B, A + B).
fact(0) -> 1; fact(N) -> N * fact(N - 1).
is_prime(N) when N < 2 -> false; is_prime(N) -> lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N)))).
gcd(A, 0) -> A; gcd(A, B) -> gcd(B, A rem B).
rev(L) -> rev(L, []). rev([], A) -> A; rev([H | T], A) -> rev(T, [H | A]).

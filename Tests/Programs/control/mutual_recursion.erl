-module(mutual_recursion).
-export([main/1]).
-mode(compile).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

main(_) ->
    io:format("~p~n", [[is_even(10), is_odd(7), is_even(1000001)]]).

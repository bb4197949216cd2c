-module(boolean_guards).
-export([main/1]).
-mode(compile).

f(X) when X > 0 andalso X < 5 -> a;
f(X) when X =:= 10 orelse X =:= 20 -> b;
f(X) when not (X > 0) -> c;
f(X) when (X > 100) xor (X > 200) -> d;
f(X) when X > 1000 and true -> e;
f(_) -> z.

main(_) ->
    io:format("~p~n", [[f(X) || X <- [1, 10, 20, -1, 150, 300, 2000]]]),
    io:format("~p~n", [[true and false, true or false, true xor true, not false]]),
    io:format("~p~n", [[false andalso error(never), true orelse error(never)]]),
    io:format("~p~n", [true andalso 42]).

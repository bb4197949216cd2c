-module(parallel_map).
-export([main/1]).
-mode(compile).

pmap(F, L) ->
    Parent = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Parent ! {Ref, F(X)} end),
                Ref
            end || X <- L],
    [receive {Ref, V} -> V end || Ref <- Refs].

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

main(_) ->
    io:format("~p~n", [pmap(fun fib/1, lists:seq(1, 20))]),
    io:format("~p~n", [pmap(fun(X) -> timer:sleep(100 - X * 10), X end, lists:seq(1, 9))]).

-module(deep_body_recursion).
-export([main/1]).
-mode(compile).

%% 1,000,000 nested non-tail calls: needs a heap-allocated stack.
len([]) -> 0;
len([_ | T]) -> 1 + len(T).

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

main(_) ->
    io:format("~p~n", [len(lists:seq(1, 1000000))]),
    io:format("~p~n", [sum(1000000)]).

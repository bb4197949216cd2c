-module(long_lists).
-export([main/1]).
-mode(compile).

%% Long lists through the library: nothing here may recurse on the native stack.
main(_) ->
    N = 1000000,
    L = lists:seq(1, N),
    io:format("~p~n", [length(L)]),
    io:format("~p~n", [lists:sum(L)]),
    R = lists:reverse(L),
    io:format("~p~n", [hd(R)]),
    M = lists:map(fun(X) -> X + 1 end, L),
    io:format("~p~n", [lists:last(M)]),
    io:format("~p~n", [length(lists:filter(fun(X) -> X rem 3 =:= 0 end, L))]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> max(X, A) end, 0, R)]),
    S = lists:sort(R),
    io:format("~p~n", [lists:nth(500000, S)]),
    io:format("~p~n", [length(L ++ L)]),
    io:format("~p~n", [length(lists:flatten([L, [L]]))]),
    io:format("~p~n", [length([X || X <- L, X > N - 10])]),
    io:format("~p~n", [lists:max(L)]),
    io:format("~p~n", [length(lists:usort(L ++ L))]).

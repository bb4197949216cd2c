-module(deep_terms_freed).
-export([main/1]).

%% Terms nested a million levels deep are built and dropped (in the main process and
%% in a killed one): freeing them must not exhaust the native stack.
main(_) ->
    T = lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 1000000)),
    io:format("~p~n", [element(1, T)]),
    L = lists:foldl(fun(I, Acc) -> [[Acc, I]] end, [], lists:seq(1, 1000000)),
    io:format("~p~n", [length(L)]),
    M = lists:foldl(fun(I, Acc) -> #{I => Acc} end, #{}, lists:seq(1, 100000)),
    io:format("~p~n", [map_size(M)]),
    drop(T), drop(L), drop(M),
    P = spawn(fun() ->
                  X = lists:foldl(fun(I, Acc) -> {Acc, [I, Acc]} end, nil, lists:seq(1, 300000)),
                  receive _ -> X end
              end),
    Ref = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', Ref, process, P, Why} -> io:format("~p~n", [Why]) end.

drop(_) -> ok.

-module(large_map).
-export([main/1]).
-mode(compile).

%% Maps beyond 32 keys (OTP switches representation) must behave the same.
main(_) ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 1000)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:get(777, M)]),
    io:format("~p~n", [lists:sum(maps:values(M))]),
    io:format("~p~n", [lists:sort(maps:keys(M)) =:= lists:seq(1, 1000)]),
    M2 = maps:remove(500, M),
    io:format("~p~n", [{map_size(M2), maps:is_key(500, M2)}]),
    M3 = lists:foldl(fun(K, Acc) -> Acc#{K => updated} end, M, lists:seq(1, 1000, 2)),
    io:format("~p~n", [{maps:get(1, M3), maps:get(2, M3)}]),
    S = maps:from_list([{I, x} || I <- lists:seq(1, 40)]),
    io:format("~p~n", [lists:sort(maps:to_list(S))]),
    io:format("~p~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]).

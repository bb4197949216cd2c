-module(word_frequency).
-export([main/1]).
-mode(compile).

%% Word frequencies with a map, sorting with a fun, string:join.
main(_) ->
    Words = string:tokens("the quick brown fox jumps over the lazy dog the end", " "),
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    io:format("~p~n", [lists:sort(fun({_, A}, {_, B}) -> A >= B end, maps:to_list(Freq))]),
    io:format("~p~n", [lists:max(Words)]),
    io:format("~s~n", [string:join(lists:reverse(Words), "-")]),
    io:format("~p~n", [lists:foldl(fun(W, A) -> A + length(W) end, 0, Words)]),
    io:format("~p~n", [[string:to_upper(hd(W)) || W <- Words]]),
    io:format("~p~n", [lists:usort(Words)]),
    io:format("~p~n", [string:words("a b  c")]),
    io:format("~p~n", [string:chars($x, 3)]),
    io:format("~p~n", [string:centre("hi", 6)]).

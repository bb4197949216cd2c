-module(bitwise).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[5 band 3, 5 bor 3, 5 bxor 3, bnot 5, bnot -1]]),
    io:format("~p~n", [[1 bsl 10, 1024 bsr 3, -16 bsr 2, -1 bsr 10, 1 bsl -1, 8 bsr -2]]),
    io:format("~p~n", [1 bsl 100]),
    io:format("~p~n", [(1 bsl 100) bsr 98]),
    io:format("~p~n", [(1 bsl 70) bor 1]),
    io:format("~p~n", [((1 bsl 70) + 5) band 16#ff]),
    io:format("~p~n", [-(1 bsl 70) band 16#ffff]),
    io:format("~p~n", [bnot (1 bsl 70)]),
    io:format("~p~n", [(1 bsl 65) bxor (1 bsl 64)]),
    io:format("~p~n", [-(1 bsl 70) bsr 68]).

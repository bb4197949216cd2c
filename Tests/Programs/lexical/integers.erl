-module(integers).
-export([main/1]).
-mode(compile).

%% Integer literals: decimal, base#digits, digit separators, negative numbers, big ones.
main(_) ->
    io:format("~p~n", [[0, 7, 42, -17, +5, 007]]),
    io:format("~p~n", [[2#1010, 8#777, 16#ff, 16#FF, 36#zz, 36#ZZ, 3#120]]),
    io:format("~p~n", [[-16#10, 2#0, 16#DeadBeef]]),
    io:format("~p~n", [[1_000_000, 16#ff_ff, 2#1111_0000]]),
    io:format("~p~n", [123456789012345678901234567890]),
    io:format("~p~n", [16#ffffffffffffffffffffffffffffffff]),
    io:format("~p~n", [-99999999999999999999]),
    io:format("~p~n", [1 - -1]),
    io:format("~p~n", [- - 3]).

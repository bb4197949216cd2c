#!/usr/bin/env escript
%% Binaries: build a 1 MB binary with a binary comprehension, walk it with a
%% binary pattern (one byte per match), and build 64 KB one byte at a time by
%% appending (linear on the BEAM: the append reuses the binary's free space).
-module(bench_binaries).
-export([main/1]).

-define(SIZE, 1048576).
-define(APPEND_SIZE, 65536).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Bin = << <<(I band 255)>> || I <- lists:seq(0, ?SIZE - 1) >>,
    Sum = sum(Bin, 0),
    Appended = append(0, <<>>),
    T1 = erlang:monotonic_time(millisecond),
    io:format("binaries: ~p ms (~p bytes, byte sum ~p, ~p bytes appended)~n",
              [T1 - T0, byte_size(Bin), Sum, byte_size(Appended)]).

sum(<<Byte, Rest/binary>>, Acc) -> sum(Rest, Acc + Byte);
sum(<<>>, Acc) -> Acc.

append(?APPEND_SIZE, Acc) -> Acc;
append(I, Acc) -> append(I + 1, <<Acc/binary, (I band 255)>>).

#!/usr/bin/env escript
%% A tail-recursive loop of 100,000,000 iterations: constant space, pure
%% call and arithmetic overhead.
-module(bench_tail_loop).
-export([main/1]).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Count = loop(100000000, 0),
    T1 = erlang:monotonic_time(millisecond),
    io:format("tail_loop: ~p ms (~p iterations)~n", [T1 - T0, Count]).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + 1).

#!/usr/bin/env escript
%% Deep body recursion: sum 1..10,000,000 without a tail call, so ten
%% million frames are live at the deepest point.
-module(bench_deep_recursion).
-export([main/1]).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Sum = sum(10000000),
    T1 = erlang:monotonic_time(millisecond),
    io:format("deep_recursion: ~p ms (sum ~p)~n", [T1 - T0, Sum]).

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

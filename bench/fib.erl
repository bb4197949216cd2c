#!/usr/bin/env escript
%% Function calls and integer arithmetic: naive fib(30), 1.6 million calls.
-module(bench_fib).
-export([main/1]).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Result = fib(30),
    T1 = erlang:monotonic_time(millisecond),
    io:format("fib: ~p ms (fib(30) = ~p)~n", [T1 - T0, Result]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

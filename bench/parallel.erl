#!/usr/bin/env escript
%% Scheduler parallelism: the time two processes take to compute fib(30) each,
%% at the same time, against the time one process takes to compute it once.
%% With two or more cores the two run in parallel: the slowdown (two / one)
%% should be close to 1 (target: at most 1.3).
-module(bench_parallel).
-export([main/1]).

main(_) ->
    Fib = fib(20),
    One = timed(1),
    Two = timed(2),
    Fib = fib(20),
    io:format("parallel: ~p ms (one process alone ~p ms, two at once ~p ms, slowdown ~.2f)~n",
              [Two, One, Two, Two / max(1, One)]).

%% Runs N processes computing fib(30) at once; returns the wall time in ms.
timed(N) ->
    Self = self(),
    T0 = erlang:monotonic_time(millisecond),
    [spawn(fun() -> Self ! {result, fib(30)} end) || _ <- lists:seq(1, N)],
    [receive {result, 832040} -> ok end || _ <- lists:seq(1, N)],
    erlang:monotonic_time(millisecond) - T0.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

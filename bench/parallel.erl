#!/usr/bin/env escript
%% Scheduler parallelism: the same CPU-bound work (fib(27), twice) done in
%% one process, then split over two processes. With two or more scheduler
%% threads the second run should take about half the time.
-module(bench_parallel).
-export([main/1]).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Sequential = fib(27) + fib(27),
    T1 = erlang:monotonic_time(millisecond),
    Self = self(),
    [spawn(fun() -> Self ! {result, fib(27)} end) || _ <- [1, 2]],
    Parallel = receive {result, A} -> receive {result, B} -> A + B end end,
    T2 = erlang:monotonic_time(millisecond),
    Sequential = Parallel,
    io:format("parallel: ~p ms (one process ~p ms, two processes ~p ms, speed-up ~.2f)~n",
              [T2 - T0, T1 - T0, T2 - T1, (T1 - T0) / max(1, T2 - T1)]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

#!/usr/bin/env escript
%% Two processes bounce a message: 500,000 round trips, so every send wakes
%% a process that is waiting in receive.
-module(bench_pingpong).
-export([main/1]).

-define(ROUNDS, 500000).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Ponger = spawn(fun() -> pong() end),
    ping(Ponger, ?ROUNDS),
    Ponger ! stop,
    T1 = erlang:monotonic_time(millisecond),
    io:format("pingpong: ~p ms (~p round trips)~n", [T1 - T0, ?ROUNDS]).

ping(_Ponger, 0) -> ok;
ping(Ponger, N) ->
    Ponger ! {ping, self(), N},
    receive
        {pong, N} -> ping(Ponger, N - 1)
    end.

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.

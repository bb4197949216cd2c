#!/usr/bin/env escript
%% Message passing between many processes: a ring of 10,000 processes
%% passes a token 1,000,000 hops (100 times around).
-module(bench_ring).
-export([main/1]).

-define(PROCS, 10000).
-define(HOPS, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Self = self(),
    First = spawn(fun() -> receive {next, Next} -> relay(Next, Self) end end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next, Self) end) end,
                       First, lists:seq(2, ?PROCS)),
    First ! {next, Last},
    First ! {token, ?HOPS},
    receive done -> ok end,
    First ! stop,
    T1 = erlang:monotonic_time(millisecond),
    io:format("ring: ~p ms (~p processes, ~p hops)~n", [T1 - T0, ?PROCS, ?HOPS]).

%% The token carries the number of hops still to make.
relay(Next, Parent) ->
    receive
        {token, 0} -> Parent ! done, relay(Next, Parent);
        {token, K} -> Next ! {token, K - 1}, relay(Next, Parent);
        stop -> Next ! stop
    end.

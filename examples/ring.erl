#!/usr/bin/env escript
%% The tutorial's mini project, fixed: N processes in a ring pass a token
%% around M times. `swerl examples/ring.erl [N M]` (default 1000 processes,
%% 100 rounds).
-module(ring).
-export([main/1, start/2]).

main([N, M]) ->
    report(list_to_integer(N), list_to_integer(M));
main(_) ->
    report(1000, 100).

report(N, M) ->
    Hops = start(N, M),
    io:format("~p processes passed the token ~p times around: ~p hops~n", [N, M, Hops]).

%% Spawns the ring, sends the token round M times, stops the ring and
%% returns the number of hops the token made. Each process knows the next
%% one; the first one learns the last one once it exists.
start(N, M) when N >= 1, M >= 1 ->
    Self = self(),
    First = spawn(fun() -> receive {next, Next} -> relay(Next, Self) end end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next, Self) end) end,
                       First, lists:seq(2, N)),
    First ! {next, Last},
    First ! {token, N * M},
    receive
        done -> ok
    end,
    First ! stop,
    N * M.

%% The token carries the number of hops still to make.
relay(Next, Parent) ->
    receive
        {token, 0} ->
            Parent ! done,
            relay(Next, Parent);
        {token, K} ->
            Next ! {token, K - 1},
            relay(Next, Parent);
        stop ->
            Next ! stop
    end.

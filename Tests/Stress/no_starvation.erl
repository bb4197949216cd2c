#!/usr/bin/env escript
%%! +P 2000000
-module(no_starvation).
-export([main/1]).
-mode(compile).

%% Processes in infinite loops (tail loops of several shapes, a busy mailbox loop, deep body
%% recursion, library calls) must not starve others: with all of them spinning, another
%% process still answers each ping within milliseconds, timers still fire on time, and the
%% spinners can be killed.

-define(PINGS, 200).
-define(LIMIT_MS, 100).

main(_) ->
    Spinners = [spawn(F) || F <- [fun spin/0, fun() -> count(0) end, fun() -> fun_loop() end,
                                  fun() -> mailbox_loop(0) end, fun() -> deep_loop() end,
                                  fun() -> lib_loop(0) end, fun spin/0, fun() -> count(0) end]],
    timer:sleep(50),
    Echo = spawn(fun echo/0),
    Latencies = [ping(Echo) || _ <- lists:seq(1, ?PINGS)],
    Slow = [L || L <- Latencies, L > ?LIMIT_MS],
    io:format("pings: ~p, slower than ~p ms: ~p~n", [length(Latencies), ?LIMIT_MS, length(Slow)]),
    Late = [timer_lateness(T) || T <- [1, 5, 10, 20, 50]],
    io:format("timers late by more than ~p ms: ~p~n", [?LIMIT_MS, length([L || L <- Late, L > ?LIMIT_MS])]),
    %% A freshly spawned process gets to run too.
    Self = self(),
    T0 = erlang:monotonic_time(millisecond),
    spawn(fun() -> Self ! fresh end),
    receive fresh -> ok end,
    io:format("spawned process ran promptly: ~p~n", [erlang:monotonic_time(millisecond) - T0 =< ?LIMIT_MS]),
    Refs = [monitor(process, P) || P <- [Echo | Spinners]],
    [exit(P, kill) || P <- [Echo | Spinners]],
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    io:format("killed: ~p~n", [Reasons]).

ping(Echo) ->
    timer:sleep(2),
    T0 = erlang:monotonic_time(millisecond),
    Ref = make_ref(),
    Echo ! {ping, self(), Ref},
    receive {pong, Ref} -> ok end,
    erlang:monotonic_time(millisecond) - T0.

echo() ->
    receive {ping, From, Ref} -> From ! {pong, Ref}, echo() end.

timer_lateness(Ms) ->
    T0 = erlang:monotonic_time(millisecond),
    receive after Ms -> ok end,
    erlang:monotonic_time(millisecond) - T0 - Ms.

%% The loops.
spin() -> spin().

count(N) -> count(N + 1).

fun_loop() ->
    F = fun Loop(X) -> case X rem 2 of 0 -> Loop(X + 1); _ -> Loop(X - 1) end end,
    F(0).

mailbox_loop(N) ->
    self() ! {tick, N},
    receive {tick, M} -> mailbox_loop(M + 1) end.

deep_loop() ->
    _ = depth(100000),
    deep_loop().

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

lib_loop(N) ->
    L = lists:seq(1, 1000),
    _ = lists:sum(lists:reverse(L)),
    _ = lists:map(fun(X) -> X * 2 end, L),
    lib_loop(N + 1).

#!/usr/bin/env escript
%%! +P 1100000
%% Many processes: spawn 1,000,000 processes that each wait in receive, then
%% message every one and collect their replies. Reports the memory in use
%% when all are parked, where erlang:memory/1 is available. (The %%! line
%% raises the BEAM's process limit, 262,144 by default, for escript.)
-module(bench_spawn_many).
-export([main/1]).

-define(N, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    Self = self(),
    Pids = spawn_all(?N, Self, []),
    T1 = erlang:monotonic_time(millisecond),
    Memory = memory_mb(),
    [Pid ! go || Pid <- Pids],
    collect(?N),
    T2 = erlang:monotonic_time(millisecond),
    io:format("spawn_many: ~p ms (~p processes: spawn ~p ms, wake ~p ms, memory ~s)~n",
              [T2 - T0, ?N, T1 - T0, T2 - T1, Memory]).

spawn_all(0, _Parent, Acc) -> Acc;
spawn_all(N, Parent, Acc) ->
    spawn_all(N - 1, Parent, [parked(Parent) | Acc]).

%% A fun made here sees only Parent: an interpreter that captures every
%% variable in scope (erl_eval does) would otherwise copy the list of pids
%% into each process.
parked(Parent) ->
    spawn(fun() -> receive go -> Parent ! done end end).

collect(0) -> ok;
collect(N) -> receive done -> collect(N - 1) end.

memory_mb() ->
    try erlang:memory(total) of
        Bytes -> integer_to_list(Bytes div (1024 * 1024)) ++ " MB"
    catch
        _:_ -> "unknown"
    end.

#!/usr/bin/env escript
%%! +P 2000000
-module(million_procs).
-export([main/1]).
-mode(compile).

%% 1,000,000 processes alive at once, each parked in receive until told to answer.
%% Every process answers exactly once: nothing is lost.

-define(N, 1000000).

main(_) ->
    Self = self(),
    Before = length(processes()),
    Pids = spawn_all(?N, Self, []),
    io:format("spawned: ~p~n", [length(Pids)]),
    Alive = length(processes()) - Before,
    io:format("alive at once: ~p~n", [Alive >= ?N]),
    %% Ask them all (in spawn order) to answer with their number and exit.
    lists:foreach(fun(P) -> P ! {go, Self} end, Pids),
    {Count, Sum} = collect(?N, 0, 0),
    io:format("answers: ~p, sum: ~p~n", [Count, Sum]),
    %% No answer is doubled, none arrives late.
    Extra = receive Any -> Any after 100 -> none end,
    io:format("extra: ~p~n", [Extra]),
    wait_gone(Before, 500),
    io:format("done~n").

spawn_all(0, _Self, Acc) -> Acc;
spawn_all(K, Self, Acc) ->
    P = spawn(fun() -> parked(K) end),
    spawn_all(K - 1, Self, [P | Acc]).

parked(K) ->
    receive
        {go, From} -> From ! {answer, K}
    end.

collect(0, Count, Sum) -> {Count, Sum};
collect(K, Count, Sum) ->
    receive {answer, X} -> collect(K - 1, Count + 1, Sum + X) end.

%% The answered processes exit; wait until the process count is back to where it was.
wait_gone(Before, 0) -> io:format("still alive: ~p~n", [length(processes()) - Before]);
wait_gone(Before, Tries) ->
    case length(processes()) =< Before of
        true -> io:format("all exited~n");
        false -> timer:sleep(10), wait_gone(Before, Tries - 1)
    end.

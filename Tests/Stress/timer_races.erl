#!/usr/bin/env escript
%%! +P 2000000
-module(timer_races).
-export([main/1]).
-mode(compile).

%% Timers cancelled while they fire: 10,000 processes each start timers and cancel them
%% around their deadline. cancel_timer returning a time means the message never comes;
%% false means it fired and the message arrives. receive ... after racing a message that
%% arrives around the timeout: the message is received either by that receive or the next.

-define(N, 10000).

main(_) ->
    Self = self(),
    Ps = [spawn(fun() -> Self ! {cancel, self(), cancel_worker(I)} end) || I <- lists:seq(1, ?N)],
    Cancel = [receive {cancel, P, R} -> R end || P <- Ps],
    io:format("cancel: ~p timers, consistent: ~p~n", [length(Cancel), lists:usort(Cancel)]),
    Qs = [spawn(fun() -> Self ! {after_race, self(), after_worker(I)} end) || I <- lists:seq(1, ?N)],
    After = [receive {after_race, Q, R} -> R end || Q <- Qs],
    io:format("after: ~p races, consistent: ~p~n", [length(After), lists:usort(After)]),
    io:format("done~n").

cancel_worker(I) ->
    Delay = I rem 4,
    Ref = erlang:send_after(Delay, self(), {fired, I}),
    busy(I rem 7 * 200),
    receive after (I rem 3) -> ok end,
    case erlang:cancel_timer(Ref) of
        false ->
            receive {fired, I} -> ok after 5000 -> missing end;
        Left when is_integer(Left), Left >= 0 ->
            receive {fired, I} -> arrived_after_cancel after 20 -> ok end
    end.

after_worker(I) ->
    Self = self(),
    spawn(fun() -> receive after (I rem 3) -> Self ! {msg, I} end end),
    First = receive {msg, I} -> got after (I rem 4) -> timeout end,
    case First of
        got -> receive {msg, I} -> duplicate after 10 -> ok end;
        timeout -> receive {msg, I} -> ok after 5000 -> missing end
    end.

busy(0) -> ok;
busy(K) -> busy(K - 1).

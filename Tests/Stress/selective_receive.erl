#!/usr/bin/env escript
%%! +P 2000000
-module(selective_receive).
-export([main/1]).
-mode(compile).

%% Selective receive over a 100,000-message queue: matches at the far end, guards that
%% pick scattered messages, timeouts over the whole queue, a message that arrives while
%% the receive is waiting, calls to a server (fresh-ref pattern) with the queue full,
%% and finally the rest of the queue in its original order.

-define(N, 100000).

main(_) ->
    Self = self(),
    [Self ! {msg, I} || I <- lists:seq(1, ?N)],
    io:format("queued: ~p~n", [queue_len()]),

    %% 1. A message at the end of the queue, 200 times.
    ProbeSum = lists:sum([probe(K) || K <- lists:seq(1, 200)]),
    io:format("probes: ~p, queue: ~p~n", [ProbeSum, queue_len()]),

    %% 2. Nothing matches: the whole queue is scanned, then the timeout fires.
    T0 = receive {nothing, _} -> matched after 0 -> timeout end,
    T1 = receive {nothing, _} -> matched after 20 -> timeout end,
    io:format("no match: ~p ~p, queue: ~p~n", [T0, T1, queue_len()]),

    %% 3. Scattered messages picked by a guard, from the back of the queue forward.
    Picked = [receive {msg, I} when I =:= J -> I end || J <- lists:seq(?N, 1000, -1000)],
    io:format("picked: ~p, first: ~p, last: ~p, queue: ~p~n",
              [length(Picked), hd(Picked), lists:last(Picked), queue_len()]),

    %% 4. A guard that matches every 997th message.
    Every = receive_every(997, []),
    io:format("every 997th: ~p, sum: ~p, queue: ~p~n",
              [length(Every), lists:sum(Every), queue_len()]),

    %% 5. A message sent while the receive is waiting at the end of the queue.
    spawn(fun() -> timer:sleep(20), Self ! {late, 42} end),
    Late = receive {late, X} -> X end,
    io:format("late: ~p, queue: ~p~n", [Late, queue_len()]),

    %% 6. Synchronous calls to a server while our queue is full.
    Server = spawn(fun server/0),
    CallSum = lists:sum([call(Server, K) || K <- lists:seq(1, 200)]),
    Server ! stop,
    io:format("calls: ~p, queue: ~p~n", [CallSum, queue_len()]),

    %% 7. The rest, in order.
    {Count, Sum, InOrder} = drain(0, 0, 0, true),
    Removed = [I || I <- lists:seq(1, ?N), I rem 1000 =:= 0 orelse I rem 997 =:= 0],
    Expected = ?N * (?N + 1) div 2 - lists:sum(Removed),
    io:format("rest: ~p, sum ok: ~p, in order: ~p, queue: ~p~n",
              [Count, Sum =:= Expected, InOrder, queue_len()]).

queue_len() ->
    {message_queue_len, L} = process_info(self(), message_queue_len),
    L.

probe(K) ->
    self() ! {probe, K},
    receive {probe, K} -> K end.

%% Picks every message whose number is a multiple of M (and not of 1000: those are gone).
receive_every(M, Acc) ->
    receive
        {msg, I} when I rem M =:= 0 -> receive_every(M, [I | Acc])
    after 0 ->
        lists:reverse(Acc)
    end.

server() ->
    receive
        {call, From, Ref, K} -> From ! {reply, Ref, K * 2}, server();
        stop -> ok
    end.

call(Server, K) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, K},
    receive {reply, Ref, V} -> V end.

drain(Prev, Count, Sum, InOrder) ->
    receive
        {msg, I} -> drain(I, Count + 1, Sum + I, InOrder andalso I > Prev)
    after 0 ->
        {Count, Sum, InOrder}
    end.

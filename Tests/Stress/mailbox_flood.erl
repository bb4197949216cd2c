#!/usr/bin/env escript
%%! +P 2000000
-module(mailbox_flood).
-export([main/1]).
-mode(compile).

%% A flood of 1,000,000 messages into one mailbox from 100 concurrent senders:
%% first into a parked receiver (the queue grows to 1,000,000), then into a receiver
%% that consumes while the senders send. Nothing is lost, duplicated or reordered per sender.

-define(SENDERS, 100).
-define(PER_SENDER, 10000).
-define(TOTAL, (?SENDERS * ?PER_SENDER)).

main(_) ->
    phase(parked),
    phase(concurrent),
    io:format("done~n").

phase(Mode) ->
    Self = self(),
    Receiver = spawn(fun() -> receiver(Self, Mode) end),
    Senders = [spawn(fun() -> sender(Self, Receiver, S) end) || S <- lists:seq(1, ?SENDERS)],
    case Mode of
        parked -> ok;
        concurrent -> Receiver ! start
    end,
    [P ! go || P <- Senders],
    [receive {sent, P} -> ok end || P <- Senders],
    case Mode of
        parked -> Receiver ! start;
        concurrent -> ok
    end,
    receive
        {result, Receiver, Result} -> io:format("~w: ~w~n", [Mode, Result])
    end.

sender(Main, Receiver, S) ->
    receive go -> ok end,
    send_n(Receiver, S, 1),
    Main ! {sent, self()}.

send_n(_, _, Seq) when Seq > ?PER_SENDER -> ok;
send_n(Receiver, S, Seq) ->
    Receiver ! {msg, S, Seq},
    send_n(Receiver, S, Seq + 1).

receiver(Main, Mode) ->
    %% Parked: the selective receive for start skips the whole flood.
    receive start -> ok end,
    Queued = case Mode of
        parked -> {message_queue_len, L} = process_info(self(), message_queue_len), L;
        concurrent -> not_measured
    end,
    Last = erlang:make_tuple(?SENDERS, 0),
    {Count, Sum, InOrder} = drain(?TOTAL, Last, 0, 0, true),
    Extra = receive X -> X after 50 -> none end,
    Main ! {result, self(), [{queued, Queued}, {received, Count}, {sum, Sum},
                              {in_order, InOrder}, {extra, Extra}]}.

drain(0, _Last, Count, Sum, InOrder) -> {Count, Sum, InOrder};
drain(K, Last, Count, Sum, InOrder) ->
    receive
        {msg, S, Seq} ->
            Ok = InOrder andalso element(S, Last) =:= Seq - 1,
            drain(K - 1, setelement(S, Last, Seq), Count + 1, Sum + Seq, Ok)
    end.

-module(mailbox_scan).
-export([main/1]).
-mode(compile).

%% A selective receive that has to skip a long queue of other messages.
main(_) ->
    [self() ! {noise, N} || N <- lists:seq(1, 20000)],
    self() ! wanted,
    receive wanted -> io:format("found wanted behind 20000 messages~n") end,
    {message_queue_len, Len} = process_info(self(), message_queue_len),
    io:format("~p left~n", [Len]),
    receive {noise, First} -> io:format("first noise ~p~n", [First]) end,
    receive {noise, 20000} -> io:format("last noise taken out of order~n") end,
    io:format("~p~n", [drain(0)]).

drain(N) -> receive {noise, _} -> drain(N + 1) after 0 -> N end.

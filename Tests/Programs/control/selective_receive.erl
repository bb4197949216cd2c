-module(selective_receive).
-export([main/1]).
-mode(compile).

%% Messages that do not match stay in the mailbox, in order.
main(_) ->
    [self() ! M || M <- [{low, 1}, {high, 2}, {low, 3}, {high, 4}, other]],
    High = collect(high),
    io:format("~p~n", [High]),
    Low = collect(low),
    io:format("~p~n", [Low]),
    receive X -> io:format("left: ~p~n", [X]) end,
    {messages, Left} = process_info(self(), messages),
    io:format("~p~n", [Left]).

collect(Tag) ->
    receive {Tag, V} -> [V | collect(Tag)] after 0 -> [] end.

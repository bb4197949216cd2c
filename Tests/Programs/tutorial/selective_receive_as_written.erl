-module(selective_receive_as_written).
-export([main/1]).
-mode(compile).

%% The tutorial's selective receive, verbatim: the spawned fun only *returns*
%% {self(), response} and never sends it, so the receive times out.
test() ->
    Pid = spawn(fun() ->
        timer:sleep(100),    % Simulate work
        {self(), response}   % Send a tagged tuple
    end),
    % Send unrelated messages first
    self() ! {other, noise},
    self() ! {other, more_noise},
    % Only matches {Pid, response}
    receive
        {Pid, response} -> ok
    after 1000 ->
        timeout
    end.

main(_) ->
    io:format("~p~n", [test()]),
    {messages, Left} = process_info(self(), messages),
    io:format("still in mailbox: ~p~n", [Left]).

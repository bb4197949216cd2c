-module(selective_receive_fixed).
-export([main/1]).
-mode(compile).

%% The tutorial's selective receive with the reply actually sent.
test() ->
    Parent = self(),
    Pid = spawn(fun() ->
        timer:sleep(100),
        Parent ! {self(), response}
    end),
    self() ! {other, noise},
    self() ! {other, more_noise},
    receive
        {Pid, response} -> ok
    after 1000 ->
        timeout
    end.

main(_) ->
    io:format("~p~n", [test()]),
    {messages, Left} = process_info(self(), messages),
    io:format("still in mailbox: ~p~n", [Left]).

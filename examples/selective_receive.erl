#!/usr/bin/env escript
%% Selective receive, from the tutorial: receive takes the first message that
%% matches a pattern and leaves the others in the mailbox, in order.
%% (The tutorial's worker only returned {self(), response}; here it sends it.)
-module(selective_receive).
-export([main/1]).

main(_Args) ->
    Parent = self(),
    Pid = spawn(fun() ->
                        timer:sleep(100),          % simulate work
                        Parent ! {self(), response}
                end),
    %% Unrelated messages arrive first.
    self() ! {other, noise},
    self() ! {other, more_noise},
    %% Only {Pid, response} matches; the noise is skipped, not lost.
    Result = receive
                 {Pid, response} -> ok
             after 1000 ->
                 timeout
             end,
    io:format("reply: ~p~n", [Result]),
    io:format("still in the mailbox: ~p~n", [drain()]).

drain() ->
    receive
        Msg -> [Msg | drain()]
    after 0 ->
        []
    end.

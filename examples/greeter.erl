#!/usr/bin/env escript
%% Processes and message passing, from the tutorial: a greeter process
%% answers {hello, From} messages until it is told to stop.
-module(greeter).
-export([main/1, start/0, loop/0]).
%% spawn/3 needs the module loaded; escript only does that in compile mode.
-mode(compile).

main(_Args) ->
    start().

start() ->
    Pid = spawn(?MODULE, loop, []),
    Pid ! {hello, self()},
    receive
        {reply, Msg} ->
            io:format("Got: ~p~n", [Msg])
    end,
    Pid ! stop,
    ok.

loop() ->
    receive
        {hello, From} ->
            From ! {reply, <<"Hello back!">>},
            loop();
        stop ->
            ok
    end.

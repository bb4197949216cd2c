-module(greeter).
-export([main/1, start/0, loop/0]).
-mode(compile).

%% The greeter from /work/shared/tutorial.txt, with a main/1 that drives it.
start() ->
    Pid = spawn(?MODULE, loop, []),
    Pid ! {hello, self()},  % Send message
    receive
        {reply, Msg} ->
            io:format("Got: ~p~n", [Msg])
    end,
    Pid.

loop() ->
    receive
        {hello, From} ->
            From ! {reply, <<"Hello back!">>},
            loop();
        stop ->
            ok
    end.

main(_) ->
    Pid = start(),
    Pid ! {hello, self()},
    receive {reply, Again} -> io:format("Again: ~p~n", [Again]) end,
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, Reason} -> io:format("greeter stopped: ~p~n", [Reason]) end.

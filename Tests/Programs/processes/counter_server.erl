-module(counter_server).
-export([main/1]).
-mode(compile).

%% A stateful server process with synchronous calls and asynchronous casts.
start(Initial) -> spawn(fun() -> loop(Initial) end).

loop(State) ->
    receive
        {call, From, Ref, get} -> From ! {Ref, State}, loop(State);
        {cast, {add, N}} -> loop(State + N);
        {call, From, Ref, stop} -> From ! {Ref, stopped}
    end.

call(Server, Request) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, Request},
    receive {Ref, Reply} -> Reply after 1000 -> timeout end.

cast(Server, Msg) -> Server ! {cast, Msg}, ok.

main(_) ->
    S = start(10),
    io:format("~p~n", [call(S, get)]),
    [cast(S, {add, I}) || I <- lists:seq(1, 100)],
    io:format("~p~n", [call(S, get)]),
    io:format("~p~n", [call(S, stop)]),
    io:format("~p~n", [call(S, get)]).

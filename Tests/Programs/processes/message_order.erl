-module(message_order).
-export([main/1]).
-mode(compile).

%% Messages between one pair of processes arrive in the order sent.
main(_) ->
    Parent = self(),
    spawn(fun() -> [Parent ! {seq, N} || N <- lists:seq(1, 1000)], Parent ! finished end),
    Got = collect([]),
    io:format("~p~n", [Got =:= lists:seq(1, 1000)]),
    io:format("~p~n", [length(Got)]).

collect(Acc) ->
    receive
        {seq, N} -> collect([N | Acc]);
        finished -> lists:reverse(Acc)
    end.

-module(receive_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    self() ! hello,
    self() ! {data, 42},
    receive hello -> io:format("got hello~n") end,
    receive {data, N} -> io:format("got data ~p~n", [N]) end,
    R = receive _ -> unexpected after 0 -> empty_mailbox end,
    io:format("~p~n", [R]),
    T = receive never -> never after 50 -> timed_out end,
    io:format("~p~n", [T]),
    receive after 10 -> io:format("slept~n") end,
    self() ! a, self() ! b, self() ! c,
    io:format("~p~n", [drain([])]).

drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.

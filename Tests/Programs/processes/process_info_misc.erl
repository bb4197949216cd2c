-module(process_info_misc).
-export([main/1]).
-mode(compile).

main(_) ->
    Parent = self(),
    Pid = spawn(fun() -> receive go -> Parent ! {alive, self()} end end),
    io:format("~p~n", [is_process_alive(Pid)]),
    self() ! one, self() ! two,
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [process_info(self(), messages)]),
    Pid ! go,
    receive {alive, Pid} -> ok end,
    receive one -> ok end, receive two -> ok end,
    timer:sleep(20),
    io:format("~p~n", [is_process_alive(Pid)]),
    io:format("~p~n", [process_info(Pid)]),
    io:format("~p~n", [process_info(Pid, messages)]),
    io:format("~p~n", [lists:member(self(), processes())]),
    io:format("~p~n", [is_reference(make_ref()) andalso make_ref() =/= make_ref()]),
    io:format("~p~n", [node()]),
    io:format("~p~n", [node(self())]).

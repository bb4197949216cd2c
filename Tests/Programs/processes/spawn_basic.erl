-module(spawn_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    Parent = self(),
    Pid = spawn(fun() -> Parent ! {self(), 6 * 7} end),
    receive {Pid, Answer} -> io:format("answer ~p~n", [Answer]) end,
    io:format("~p~n", [is_pid(Pid)]),
    io:format("~p~n", [Pid =/= self()]),
    Pids = [spawn(fun() -> Parent ! {done, N, N * N} end) || N <- lists:seq(1, 5)],
    Results = [receive {done, N, Sq} -> Sq end || N <- lists:seq(1, 5)],
    io:format("~p ~p~n", [length(Pids), Results]).

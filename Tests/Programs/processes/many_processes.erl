-module(many_processes).
-export([main/1]).
-mode(compile).

main(_) ->
    N = 20000,
    Parent = self(),
    [spawn(fun() -> Parent ! {result, I * 2} end) || I <- lists:seq(1, N)],
    Sum = collect(N, 0),
    io:format("sum ~p~n", [Sum]),
    Sleepers = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 10000)],
    io:format("alive ~p~n", [length([P || P <- Sleepers, is_process_alive(P)])]),
    [P ! stop || P <- Sleepers],
    timer:sleep(200),
    io:format("alive after stop ~p~n", [length([P || P <- Sleepers, is_process_alive(P)])]).

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {result, V} -> collect(N - 1, Acc + V) end.

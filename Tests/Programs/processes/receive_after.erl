-module(receive_after).
-export([main/1]).
-mode(compile).

main(_) ->
    Parent = self(),
    spawn(fun() -> timer:sleep(100), Parent ! slow_reply end),
    R1 = receive slow_reply -> got_it after 20 -> too_early end,
    io:format("~p~n", [R1]),
    R2 = receive slow_reply -> got_it after 1000 -> too_late end,
    io:format("~p~n", [R2]),
    R3 = receive after 0 -> zero_timeout end,
    io:format("~p~n", [R3]),
    spawn(fun() -> Parent ! {tick, 1} end),
    R4 = receive {tick, N} -> {tick, N} after infinity -> never end,
    io:format("~p~n", [R4]),
    io:format("~p~n", [flush_count(0)]).

flush_count(N) -> receive _ -> flush_count(N + 1) after 0 -> N end.

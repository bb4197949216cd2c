-module(tail_call_in_case_try).
-export([main/1]).
-mode(compile).

%% Calls in tail position of case/if/receive branches are still tail calls.
loop(0) -> ok;
loop(N) ->
    case N rem 2 of
        0 -> loop(N - 1);
        _ -> if N > 0 -> loop(N - 1) end
    end.

%% A call inside try ... of is not a tail call, but try around a loop body works.
safe_loop(0, Acc) -> Acc;
safe_loop(N, Acc) ->
    Next = try N * 2 catch _:_ -> 0 end,
    safe_loop(N - 1, Acc + Next).

main(_) ->
    io:format("~p~n", [loop(2000000)]),
    io:format("~p~n", [safe_loop(500000, 0)]).

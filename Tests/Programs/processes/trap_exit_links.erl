-module(trap_exit_links).
-export([main/1]).
-mode(compile).

main(_) ->
    false = process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(custom_reason) end),
    receive {'EXIT', P1, R1} -> io:format("exit 1: ~p~n", [R1]) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> io:format("exit 2: ~p~n", [R2]) end,
    P3 = spawn_link(fun() -> 1 = length([a, b]) end),
    receive {'EXIT', P3, {R3, _Stack}} -> io:format("exit 3: ~p~n", [R3]) end,
    P4 = spawn_link(fun() -> throw(ball) end),
    receive {'EXIT', P4, {R4, _}} -> io:format("exit 4: ~p~n", [R4]) end,
    P5 = spawn_link(fun() -> receive never -> ok end end),
    exit(P5, kill),
    receive {'EXIT', P5, R5} -> io:format("exit 5: ~p~n", [R5]) end,
    io:format("~p~n", [process_flag(trap_exit, false)]).

-module(link_propagation).
-export([main/1]).
-mode(compile).

%% An exit signal travels along a chain of links and kills non-trapping processes.
chain(0, Parent) ->
    Parent ! chain_ready,
    receive go -> exit(chain_broken) end;
chain(N, Parent) ->
    spawn_link(fun() -> chain(N - 1, Parent) end),
    receive never -> ok end.

main(_) ->
    process_flag(trap_exit, true),
    Parent = self(),
    Head = spawn_link(fun() -> chain(5, Parent) end),
    receive chain_ready -> ok end,
    Last = last_in_chain(Head),
    io:format("chain of ~p processes~n", [length(Last)]),
    lists:last(Last) ! go,
    receive {'EXIT', Head, Reason} -> io:format("head died: ~p~n", [Reason]) end,
    timer:sleep(50),
    io:format("all dead: ~p~n", [lists:all(fun(P) -> not is_process_alive(P) end, Last)]).

last_in_chain(Pid) ->
    {links, Links} = process_info(Pid, links),
    case [P || P <- Links, P =/= self(), not lists:member(P, [])] of
        _ -> walk(Pid, self(), [Pid])
    end.

walk(Pid, From, Acc) ->
    {links, Links} = process_info(Pid, links),
    case Links -- [From] of
        [Next] -> walk(Next, Pid, [Next | Acc]);
        [] -> lists:reverse(Acc)
    end.

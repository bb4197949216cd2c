#!/usr/bin/env escript
%%! +P 2000000
-module(kill_linked).
-export([main/1]).
-mode(compile).

%% 10,000 linked processes killed at once, four ways: a hub killed with its workers linked
%% to it; a chain of links killed at one end; workers trapping exits that outlive their hub;
%% and exit(P, kill) sent to 10,000 processes linked to a trapping main process.
%% Every death is observed exactly once; afterwards no process is left over.

-define(N, 10000).

main(_) ->
    Before = length(processes()),
    hub(),
    chain(),
    trapping(),
    direct(),
    wait_gone(Before, 500),
    io:format("done~n").

%% A hub links to N workers; main monitors all of them, then kills the hub.
hub() ->
    Self = self(),
    Hub = spawn(fun() ->
        Ws = [spawn_link(fun park/0) || _ <- lists:seq(1, ?N)],
        Self ! {workers, Ws},
        park()
    end),
    Ws = receive {workers, L} -> L end,
    Refs = [monitor(process, W) || W <- Ws],
    HubRef = monitor(process, Hub),
    exit(Hub, kill),
    HubWhy = receive {'DOWN', HubRef, process, Hub, R} -> R end,
    Reasons = downs(Refs),
    io:format("hub: ~p, workers: ~p~n", [HubWhy, Reasons]).

%% A chain P1 - P2 - ... - PN of links; killing P1 takes them all down.
chain() ->
    Self = self(),
    First = spawn(fun() -> chain_link(?N - 1, Self) end),
    Pids = receive {chain, L} -> [First | L] end,
    Refs = [monitor(process, P) || P <- Pids],
    exit(First, kill),
    io:format("chain: ~p~n", [downs(Refs)]).

chain_link(0, Main) -> Main ! {chain, []}, park();
chain_link(K, Main) ->
    Self = self(),
    Next = spawn_link(fun() -> chain_link(K - 1, Self) end),
    receive {chain, L} -> Main ! {chain, [Next | L]} end,
    park().

%% Workers that trap exits get {'EXIT', Hub, killed} and report it, then end normally.
trapping() ->
    Self = self(),
    Hub = spawn(fun() ->
        Ws = [spawn_link(fun() -> trapper(Self) end) || _ <- lists:seq(1, ?N)],
        Self ! {workers, Ws},
        park()
    end),
    Ws = receive {workers, L} -> L end,
    [receive {trapping, W} -> ok end || W <- Ws],
    Refs = [monitor(process, W) || W <- Ws],
    exit(Hub, kill),
    Got = count_msgs(?N, #{}),
    io:format("trapping: ~p, then ~p~n", [lists:sort(maps:to_list(Got)), downs(Refs)]).

trapper(Main) ->
    process_flag(trap_exit, true),
    Main ! {trapping, self()},
    receive {'EXIT', _Hub, Why} -> Main ! {got, Why} end.

count_msgs(0, Acc) -> Acc;
count_msgs(K, Acc) ->
    receive {got, Why} -> count_msgs(K - 1, maps:update_with(Why, fun(C) -> C + 1 end, 1, Acc)) end.

%% Main traps exits, links to N processes and kills each with exit(P, kill).
direct() ->
    process_flag(trap_exit, true),
    Links0 = links(),
    Ws = [spawn_link(fun park/0) || _ <- lists:seq(1, ?N)],
    Linked = links() - Links0,
    [exit(W, kill) || W <- Ws],
    Exits = [receive {'EXIT', W, R} -> R end || W <- Ws],
    process_flag(trap_exit, false),
    io:format("direct: linked ~p, ~p, links left: ~p~n", [Linked, tally(Exits), links() - Links0]).

links() ->
    {links, L} = process_info(self(), links),
    length(L).

park() -> receive never -> ok end.

%% The 'DOWN' of every monitor in Refs, in whatever order they come; tallied by reason.
downs(Refs) ->
    downs(maps:from_list([{R, true} || R <- Refs]), []).

downs(Pending, Reasons) when map_size(Pending) =:= 0 -> tally(Reasons);
downs(Pending, Reasons) ->
    receive
        {'DOWN', R, process, _, Why} ->
            case maps:take(R, Pending) of
                {true, Rest} -> downs(Rest, [Why | Reasons]);
                error -> downs(Pending, [{unexpected, Why} | Reasons])
            end
    end.

tally(Reasons) ->
    lists:sort(maps:to_list(lists:foldl(fun(R, M) -> maps:update_with(R, fun(C) -> C + 1 end, 1, M) end,
                                        #{}, Reasons))).

wait_gone(Before, 0) -> io:format("still alive: ~p~n", [length(processes()) - Before]);
wait_gone(Before, Tries) ->
    case length(processes()) =< Before of
        true -> io:format("all exited~n");
        false -> timer:sleep(10), wait_gone(Before, Tries - 1)
    end.

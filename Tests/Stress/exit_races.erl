#!/usr/bin/env escript
%%! +P 2000000
-module(exit_races).
-export([main/1]).
-mode(compile).

%% Signals racing with process exit, 10,000 times each: messages sent to a process as it
%% exits; demonitor (with flush, with info) as the target exits; link as the target exits;
%% monitor as the target exits. The guarantees checked are OTP's: exactly one reply per
%% process, no 'DOWN' after demonitor(Ref, [flush]), a 'DOWN' after demonitor info false,
%% exactly one 'EXIT' per link attempt.

-define(N, 10000).

main(_) ->
    send_to_exiting(),
    demonitor_flush(),
    demonitor_info(),
    link_exiting(),
    monitor_exiting(),
    io:format("done~n").

%% Each echo answers one message and exits; we send it two. One reply each, no crash.
send_to_exiting() ->
    Self = self(),
    Ps = [spawn(fun() -> receive {M, From} -> From ! {reply, self(), M} end end) || _ <- lists:seq(1, ?N)],
    [begin P ! {first, Self}, P ! {second, Self} end || P <- Ps],
    Replies = [receive {reply, P, M} -> M end || P <- Ps],
    Extra = flush_all(0),
    io:format("send to exiting: replies ~p, extra ~p~n", [tally(Replies), Extra]).

%% The target exits at once; demonitor(Ref, [flush]) must leave no 'DOWN' behind.
demonitor_flush() ->
    Results = [begin
                   P = spawn(fun() -> receive go -> exit(bye) end end),
                   Ref = monitor(process, P),
                   P ! go,
                   erlang:yield(),
                   true = demonitor(Ref, [flush]),
                   Ref
               end || _ <- lists:seq(1, ?N)],
    timer:sleep(100),
    Stray = [R || R <- Results, receive {'DOWN', R, _, _, _} -> true after 0 -> false end],
    io:format("demonitor flush: ~p, stray DOWN: ~p, other: ~p~n", [length(Results), length(Stray), flush_all(0)]).

%% demonitor(Ref, [info]): true means no 'DOWN' will come; false means one has been (or will be) delivered.
demonitor_info() ->
    Results = [begin
                   P = spawn(fun() -> receive go -> exit(bye) end end),
                   Ref = monitor(process, P),
                   P ! go,
                   erlang:yield(),
                   {demonitor(Ref, [info]), Ref}
               end || _ <- lists:seq(1, ?N)],
    Consistent = [case Active of
                      true -> receive {'DOWN', Ref, _, _, _} -> false after 0 -> true end;
                      false -> receive {'DOWN', Ref, process, _, bye} -> true after 5000 -> false end
                  end || {Active, Ref} <- Results],
    timer:sleep(100),
    io:format("demonitor info: ~p, consistent: ~p, other: ~p~n",
              [length(Results), tally(Consistent), flush_all(0)]).

%% link/1 to a process as it exits (main traps exits): exactly one 'EXIT', with the
%% process's reason or noproc.
link_exiting() ->
    process_flag(trap_exit, true),
    Ps = [spawn(fun() -> receive go -> exit(bye) end end) || _ <- lists:seq(1, ?N)],
    Exits = [begin
                 P ! go,
                 erlang:yield(),
                 true = link(P),
                 receive {'EXIT', P, Why} -> Why end
             end || P <- Ps],
    timer:sleep(100),
    Extra = flush_all(0),
    process_flag(trap_exit, false),
    Kinds = lists:usort(Exits) -- [bye, noproc],
    io:format("link to exiting: ~p exits, unexpected reasons: ~p, extra: ~p~n", [length(Exits), Kinds, Extra]).

%% monitor/2 as the target exits: exactly one 'DOWN', with the reason or noproc.
monitor_exiting() ->
    Ps = [spawn(fun() -> receive go -> exit(bye) end end) || _ <- lists:seq(1, ?N)],
    Downs = [begin
                 P ! go,
                 erlang:yield(),
                 Ref = monitor(process, P),
                 receive {'DOWN', Ref, process, P, Why} -> Why end
             end || P <- Ps],
    timer:sleep(100),
    Kinds = lists:usort(Downs) -- [bye, noproc],
    io:format("monitor exiting: ~p downs, unexpected reasons: ~p, extra: ~p~n",
              [length(Downs), Kinds, flush_all(0)]).

flush_all(N) -> receive _ -> flush_all(N + 1) after 0 -> N end.

tally(Xs) ->
    lists:sort(maps:to_list(lists:foldl(fun(X, M) -> maps:update_with(X, fun(C) -> C + 1 end, 1, M) end,
                                        #{}, Xs))).

-module(supervisor_strategies).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, start_worker/2, worker/2]).
-mode(compile).

%% one_for_one, one_for_all and rest_for_one: which children are stopped
%% (the most recently started first) and started again (in order).
init(Strategy) ->
    {ok, {{Strategy, 10, 10},
          [{Id, {?MODULE, start_worker, [Id, Restart]}, Restart, 1000, worker, [?MODULE]}
           || {Id, Restart} <- [{a, permanent}, {b, transient}, {c, permanent},
                                {d, temporary}]]}}.

%% Started synchronously: the worker traps exits before start_worker returns.
start_worker(Id, Restart) ->
    Pid = spawn_link(?MODULE, worker, [self(), {Id, Restart}]),
    receive {ready, Pid} -> ok end,
    register(Id, Pid),
    io:format("  start ~p~n", [Id]),
    {ok, Pid}.

worker(Parent, {Id, Restart}) ->
    process_flag(trap_exit, true),
    Parent ! {ready, self()},
    receive
        {stop, Reason} -> exit(Reason);
        {'EXIT', _, Reason} -> io:format("  stop ~p (~p): ~p~n", [Id, Restart, Reason]), exit(Reason)
    end.

stop_and_wait(Id, Reason) ->
    Pid = whereis(Id),
    Ref = monitor(process, Pid),
    Pid ! {stop, Reason},
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    timer:sleep(20).

children(Sup) ->
    [{Id, is_pid(Pid)} || {Id, Pid, worker, _} <- supervisor:which_children(Sup)].

run(Strategy) ->
    io:format("--- ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    io:format("b crashes~n"),
    stop_and_wait(b, crash),
    io:format("c exits normally~n"),
    stop_and_wait(c, normal),
    io:format("b exits normally~n"),
    stop_and_wait(b, normal),
    io:format("children ~p~n", [children(Sup)]),
    io:format("shutting down~n"),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Why} -> io:format("down: ~p~n", [Why]) end.

main(_) ->
    run(one_for_one),
    run(one_for_all),
    run(rest_for_one).

-module(supervisor_tree).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, start_worker/1, worker_init/2]).
-mode(compile).

%% A supervision tree: when the inner supervisor gives up (restart intensity
%% exceeded) it exits with shutdown and the outer one restarts it, with its
%% children. Also auto_shutdown with significant children.
init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 2, period => 10},
          [#{id => sibling, start => {?MODULE, start_worker, [sibling]}},
           #{id => inner, start => {supervisor, start_link, [{local, inner}, ?MODULE, inner]},
             type => supervisor}]}};
init(inner) ->
    io:format("inner supervisor starting~n"),
    {ok, {#{strategy => one_for_one, intensity => 1, period => 10},
          [#{id => leaf, start => {?MODULE, start_worker, [leaf]}}]}};
init({auto, AutoShutdown}) ->
    {ok, {#{strategy => one_for_one, auto_shutdown => AutoShutdown},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}, restart => transient,
             significant => true} || Id <- [sig1, sig2]]
          ++ [#{id => plain, start => {?MODULE, start_worker, [plain]}}]}}.

%% A proc_lib worker: registered, acknowledged once it traps exits.
start_worker(Name) ->
    proc_lib:start_link(?MODULE, worker_init, [Name, self()]).

worker_init(Name, Parent) ->
    process_flag(trap_exit, true),
    register(Name, self()),
    io:format("start ~p~n", [Name]),
    proc_lib:init_ack(Parent, {ok, self()}),
    worker_loop(Name, Parent).

worker_loop(Name, Parent) ->
    receive
        {stop, Reason} -> exit(Reason);
        {'EXIT', Parent, Reason} -> io:format("stop ~p: ~p~n", [Name, Reason]), exit(Reason)
    end.

stop_and_wait(Name, Reason) ->
    Pid = whereis(Name),
    Ref = monitor(process, Pid),
    Pid ! {stop, Reason},
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    timer:sleep(30).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link(?MODULE, top),
    io:format("crash leaf~n"),
    stop_and_wait(leaf, crash),
    io:format("crash leaf again~n"),
    stop_and_wait(leaf, crash),
    io:format("~p~n", [[{Id, is_pid(P), T} || {Id, P, T, _} <- supervisor:which_children(Top)]]),
    io:format("~p~n", [supervisor:count_children(Top)]),
    exit(Top, shutdown),
    receive {'EXIT', Top, R} -> io:format("top: ~p~n", [R]) end,

    {ok, Any} = supervisor:start_link(?MODULE, {auto, any_significant}),
    stop_and_wait(sig1, normal),
    receive {'EXIT', Any, R1} -> io:format("any_significant: ~p~n", [R1]) after 100 -> io:format("still running~n") end,
    {ok, All} = supervisor:start_link(?MODULE, {auto, all_significant}),
    stop_and_wait(sig1, normal),
    receive {'EXIT', All, R2} -> io:format("all_significant: ~p~n", [R2]) after 100 -> io:format("still running~n") end,
    stop_and_wait(sig2, {shutdown, done}),
    receive {'EXIT', All, R3} -> io:format("all_significant: ~p~n", [R3]) after 100 -> io:format("still running~n") end.

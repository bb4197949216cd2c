-module(supervisor_intensity).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, start_worker/1, worker/2]).
-mode(compile).

%% More restarts than the intensity allows within the period: the supervisor
%% gives up, terminates the other children and exits with shutdown.
init(Intensity) ->
    {ok, {#{strategy => one_for_one, intensity => Intensity, period => 10},
          [#{id => stable, start => {?MODULE, start_worker, [stable]}},
           #{id => crasher, start => {?MODULE, start_worker, [crasher]}}]}}.

%% Started synchronously: the worker traps exits before start_worker returns.
start_worker(Name) ->
    Pid = spawn_link(?MODULE, worker, [self(), Name]),
    receive {ready, Pid} -> ok end,
    register(Name, Pid),
    io:format("started ~p~n", [Name]),
    {ok, Pid}.

worker(Parent, Name) ->
    process_flag(trap_exit, true),
    Parent ! {ready, self()},
    receive
        crash -> exit({crashed, Name});
        {'EXIT', _, Reason} -> io:format("~p exits: ~p~n", [Name, Reason]), exit(Reason)
    end.

crash_and_wait(Name) ->
    Pid = whereis(Name),
    Ref = monitor(process, Pid),
    Pid ! crash,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    timer:sleep(20).

run(Intensity, Crashes) ->
    io:format("--- intensity ~p, ~p crashes~n", [Intensity, Crashes]),
    {ok, Sup} = supervisor:start_link(?MODULE, Intensity),
    [crash_and_wait(crasher) || _ <- lists:seq(1, Crashes)],
    receive
        {'EXIT', Sup, Reason} -> io:format("supervisor exited: ~p~n", [Reason])
    after 100 ->
        io:format("supervisor alive, children ~p~n",
                  [[Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
        unlink(Sup),
        Ref = monitor(process, Sup),
        exit(Sup, shutdown),
        receive {'DOWN', Ref, process, Sup, Why} -> io:format("stopped: ~p~n", [Why]) end
    end.

main(_) ->
    process_flag(trap_exit, true),
    run(3, 3),
    run(3, 4),
    run(0, 1),
    run(1, 2).

-module(supervisor_restart).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, start_worker/1]).
-mode(compile).

%% The tutorial's supervisor: a one_for_one supervisor restarts a crashing
%% registered worker, which comes back with its initial state.
init(sup) ->
    ChildSpec = #{id => my_worker,
                  start => {?MODULE, start_worker, [initial]},
                  restart => permanent,
                  shutdown => 5000,
                  type => worker},
    {ok, {{one_for_one, 5, 10}, [ChildSpec]}};
init({worker, State}) ->
    io:format("worker starting with ~p~n", [State]),
    {ok, State}.

start_worker(State) ->
    gen_server:start_link({local, my_worker}, ?MODULE, {worker, State}, []).

handle_call({risky_operation, Data}, _From, State) ->
    Result = 10 div Data,
    {reply, Result, State};
handle_call({set, New}, _From, _State) ->
    {reply, ok, New};
handle_call(get, _From, State) ->
    {reply, State, State}.

handle_cast(_Msg, State) -> {noreply, State}.

main(_) ->
    {ok, Sup} = supervisor:start_link({local, my_sup}, ?MODULE, sup),
    io:format("sup registered: ~p~n", [whereis(my_sup) =:= Sup]),
    [{my_worker, W1, worker, Mods}] = supervisor:which_children(my_sup),
    io:format("modules ~p, worker registered: ~p~n",
              [length(Mods), whereis(my_worker) =:= W1]),
    io:format("~p~n", [gen_server:call(my_worker, {risky_operation, 5})]),
    ok = gen_server:call(my_worker, {set, changed}),
    io:format("state ~p~n", [gen_server:call(my_worker, get)]),
    {'EXIT', {{badarith, _}, _}} = (catch gen_server:call(my_worker, {risky_operation, 0})),
    %% Let the supervisor restart the worker first: which of the two prints first is
    %% otherwise a scheduling race.
    timer:sleep(300),
    io:format("the call crashed the worker~n"),
    [{my_worker, W2, worker, _}] = supervisor:which_children(my_sup),
    io:format("restarted: ~p, old alive: ~p~n", [W2 =/= W1, is_process_alive(W1)]),
    io:format("state ~p~n", [gen_server:call(my_worker, get)]),
    io:format("~p~n", [supervisor:count_children(my_sup)]),
    exit(W2, kill),
    timer:sleep(300),
    io:format("state after kill ~p~n", [gen_server:call(my_worker, get)]),
    io:format("~p~n", [supervisor:terminate_child(my_sup, my_worker)]),
    io:format("~p~n", [[{Id, Child, Type} || {Id, Child, Type, _} <- supervisor:which_children(my_sup)]]),
    io:format("~p~n", [supervisor:count_children(my_sup)]),
    io:format("~p~n", [whereis(my_worker)]),
    {ok, W3} = supervisor:restart_child(my_sup, my_worker),
    io:format("restart_child: ~p~n", [whereis(my_worker) =:= W3]),
    io:format("~p~n", [supervisor:restart_child(my_sup, my_worker) =:= {error, running}]),
    io:format("~p~n", [supervisor:delete_child(my_sup, my_worker)]),
    ok = supervisor:terminate_child(my_sup, my_worker),
    io:format("~p~n", [supervisor:delete_child(my_sup, my_worker)]),
    io:format("~p~n", [supervisor:which_children(my_sup)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Reason} -> io:format("sup down: ~p~n", [Reason]) end.

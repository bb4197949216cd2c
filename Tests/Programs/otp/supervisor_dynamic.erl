-module(supervisor_dynamic).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, terminate/2, start_worker/2]).
-mode(compile).

%% simple_one_for_one: children started with extra arguments, restarted with
%% the same ones, and shut down (terminate/2 runs) with the supervisor.
init({sup, Restart}) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5, period => 10},
          [#{id => worker, start => {?MODULE, start_worker, [Restart]}, restart => Restart}]}};
init({worker, Name}) ->
    process_flag(trap_exit, true),
    io:format("start ~p~n", [Name]),
    {ok, Name}.

start_worker(_Restart, Name) ->
    gen_server:start_link(?MODULE, {worker, Name}, []).

handle_call(name, _From, Name) -> {reply, Name, Name};
handle_call(crash, _From, Name) -> {stop, crashed, Name};
handle_call(quit, _From, Name) -> {stop, normal, ok, Name}.

handle_cast(_Msg, Name) -> {noreply, Name}.

terminate(Reason, Name) ->
    io:format("terminate ~p: ~p~n", [Name, Reason]).

names(Sup) ->
    lists:sort([gen_server:call(Pid, name) || {undefined, Pid, worker, _} <- supervisor:which_children(Sup)]).

run(Restart) ->
    io:format("--- ~p~n", [Restart]),
    {ok, Sup} = supervisor:start_link(?MODULE, {sup, Restart}),
    {ok, A} = supervisor:start_child(Sup, [alpha]),
    {ok, B} = supervisor:start_child(Sup, [beta]),
    {ok, _} = supervisor:start_child(Sup, [gamma]),
    io:format("~p~n", [names(Sup)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    catch gen_server:call(A, crash),
    timer:sleep(50),
    io:format("after crash ~p~n", [names(Sup)]),
    ok = gen_server:call(B, quit),
    timer:sleep(50),
    io:format("after quit ~p~n", [names(Sup)]),
    [{undefined, C, worker, _} | _] = supervisor:which_children(Sup),
    Name = gen_server:call(C, name),
    io:format("terminate_child ~p: ~p~n", [Name, supervisor:terminate_child(Sup, C)]),
    io:format("after terminate ~p~n", [names(Sup)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, worker)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, self())]),
    io:format("~p~n", [supervisor:restart_child(Sup, worker)]),
    io:format("~p~n", [supervisor:delete_child(Sup, worker)]),
    %% Leave one child (at most) for the supervisor to shut down: dynamic
    %% children are shut down in parallel, so their output would interleave.
    case lists:sort([{gen_server:call(P, name), P} || {_, P, _, _} <- supervisor:which_children(Sup)]) of
        [{_, First}, _ | _] -> ok = supervisor:terminate_child(Sup, First);
        _ -> ok
    end,
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Why} -> io:format("down: ~p~n", [Why]) end.

main(_) ->
    run(permanent),
    run(transient),
    run(temporary).

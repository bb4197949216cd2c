-module(supervisor_shutdown).
-behaviour(supervisor).
-export([main/1]).
-export([init/1, start_worker/2, worker/2]).
-mode(compile).

%% Child shutdown: brutal_kill, a timeout the child respects, a timeout it
%% ignores (killed), infinity; a supervisor as a child; init failures.
init(top) ->
    {ok, {#{strategy => one_for_one},
          [#{id => killed, start => {?MODULE, start_worker, [killed, obey]}, shutdown => brutal_kill},
           #{id => polite, start => {?MODULE, start_worker, [polite, obey]}, shutdown => 500},
           #{id => stubborn, start => {?MODULE, start_worker, [stubborn, ignore]}, shutdown => 100},
           #{id => patient, start => {?MODULE, start_worker, [patient, obey]}, shutdown => infinity},
           #{id => sub, start => {supervisor, start_link, [?MODULE, sub]}, type => supervisor}]}};
init(sub) ->
    {ok, {#{strategy => one_for_one},
          [#{id => inner, start => {?MODULE, start_worker, [inner, obey]}}]}};
init({fail, Spec}) ->
    {ok, {#{strategy => one_for_one},
          [#{id => first, start => {?MODULE, start_worker, [first, obey]}}, Spec]}};
init(Other) ->
    Other.

start_worker(_Id, fail) ->
    {error, cannot_start};
start_worker(_Id, ignore_me) ->
    ignore;
%% Started synchronously: the worker traps exits before start_worker returns.
start_worker(Id, Mode) ->
    Pid = spawn_link(?MODULE, worker, [self(), {Id, Mode}]),
    receive {ready, Pid} -> ok end,
    io:format("start ~p~n", [Id]),
    {ok, Pid}.

worker(Parent, {Id, Mode}) ->
    process_flag(trap_exit, true),
    Parent ! {ready, self()},
    loop(Id, Mode).

loop(Id, Mode) ->
    receive
        {'EXIT', _, Reason} when Mode =:= obey ->
            io:format("~p got ~p~n", [Id, Reason]),
            exit(Reason);
        {'EXIT', _, Reason} ->
            io:format("~p ignores ~p~n", [Id, Reason]),
            loop(Id, Mode)
    end.

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, top),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("terminate stubborn: ~p~n", [supervisor:terminate_child(Sup, stubborn)]),
    io:format("terminate killed: ~p~n", [supervisor:terminate_child(Sup, killed)]),
    io:format("restart killed: ~p~n", [element(1, supervisor:restart_child(Sup, killed))]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, Reason} -> io:format("top down: ~p~n", [Reason]) end,

    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, #{id => second, start => {?MODULE, start_worker, [second, fail]}}})]),
    {ok, Sup2} = supervisor:start_link(?MODULE, {fail, #{id => second, start => {?MODULE, start_worker, [second, ignore_me]}}}),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup2)]]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, #{id => first, start => {?MODULE, start_worker, [x, obey]}}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, #{id => second, start => {?MODULE, start_worker, [second, obey]}, shutdown => soon}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, #{start => {?MODULE, start_worker, [x, obey]}}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, {second, {?MODULE, start_worker, [x, obey]}, forever, 1, worker, []}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {fail, not_a_spec})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {ok, {{one_for_none, 1, 1}, []}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {ok, {#{intensity => -1}, []}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, {ok, {#{period => 0}, []}})]),
    io:format("~p~n", [supervisor:start_link(?MODULE, ignore)]),
    {error, {bad_return, {_, init, Bad}}} = supervisor:start_link(?MODULE, {ok, nonsense}),
    io:format("bad return ~p~n", [Bad]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}, type => boss}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}, modules => x}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => m}])]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}, #{id => a, start => {m, f, []}}])]),
    flush().

flush() ->
    receive {'EXIT', _, _} -> flush() after 100 -> ok end.

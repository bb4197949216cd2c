%% supervisor: the supervisor behaviour, written from the OTP 25
%% documentation and from what OTP 25 does as seen from outside.
%%
%% A supervisor is a gen_server whose callback module is this one; the user's
%% module only gives init/1. It traps exits, starts its children in order,
%% and restarts them by strategy (one_for_one, one_for_all, rest_for_one,
%% simple_one_for_one) and restart type (permanent, transient, temporary).
%% More than Intensity restarts within Period seconds make it terminate its
%% children and exit with shutdown. Child specs are maps or
%% {Id, Start, Restart, Shutdown, Type, Modules} tuples; shutdown is
%% brutal_kill, a time in milliseconds or infinity. Errors use OTP's terms
%% ({start_spec, ...}, {supervisor_data, ...}, {shutdown, {failed_to_start_child,
%% Id, Reason}}, ...); the supervisor reports (child_terminated,
%% start_error, shutdown_error, reached_max_restart_intensity) are written to
%% standard_error as "=SUPERVISOR REPORT====".
%%
%% auto_shutdown (any_significant, all_significant) and significant children
%% are supported. Not supported: code_change and hot upgrades; the start
%% and progress reports (OTP logs them at info level only for the
%% application controller's supervisors).
-module(supervisor).

-export([start_link/2, start_link/3, start_child/2, restart_child/2,
         delete_child/2, terminate_child/2, which_children/1,
         count_children/1, check_childspecs/1, check_childspecs/2,
         get_childspec/2, get_callback_module/1, behaviour_info/1]).
%% gen_server callbacks
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

%% A child spec and, for a running child, its pid. The field order is OTP's:
%% start_child returns {error, {Reason, #child{}}} when a start fails.
-record(child, {pid = undefined,  % pid, undefined, or {restarting, OldPid}
                id,
                mfargs,           % {M, F, A}; A is undefined for a started temporary child
                restart_type,
                significant = false,
                shutdown,
                child_type,
                modules = []}).

-record(state, {name,              % {local, Name} or {self(), Module}, for reports
                strategy,
                children = [],     % #child{}s, the most recently started first
                dynamics = #{},    % simple_one_for_one: Pid => Args
                intensity,
                period,
                restarts = [],     % the times (in seconds) of the recent restarts
                auto_shutdown = never,
                module,
                args}).

%% ---------------------------------------------------------------------
%% API

behaviour_info(callbacks) -> [{init, 1}];
behaviour_info(optional_callbacks) -> [].

start_link(Mod, Args) ->
    gen_server:start_link(?MODULE, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, ?MODULE, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpecOrArgs) -> call(Sup, {start_child, ChildSpecOrArgs}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, Id) -> call(Sup, {terminate_child, Id}).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).
get_callback_module(Sup) -> call(Sup, get_callback_module).

call(Sup, Request) -> gen_server:call(Sup, Request, infinity).

check_childspecs(ChildSpecs) -> check_childspecs(ChildSpecs, undefined).
check_childspecs(ChildSpecs, _AutoShutdown) when is_list(ChildSpecs) ->
    case check_startspec(ChildSpecs) of
        {ok, _} -> ok;
        Error -> {error, Error}
    end;
check_childspecs(X, _AutoShutdown) -> {error, {badarg, X}}.

%% ---------------------------------------------------------------------
%% Starting

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    put('$initial_call', {supervisor, Mod, 1}),
    Name = case SupName of
               self -> {self(), Mod};
               _ -> SupName
           end,
    case Mod:init(Args) of
        {ok, {SupFlags, StartSpec}} ->
            case init_state(Name, SupFlags, Mod, Args) of
                {ok, #state{strategy = simple_one_for_one} = State} ->
                    init_dynamic(State, StartSpec);
                {ok, State} ->
                    init_children(State, StartSpec);
                Error ->
                    {stop, {supervisor_data, Error}}
            end;
        ignore ->
            ignore;
        Error ->
            {stop, {bad_return, {Mod, init, Error}}}
    end.

init_children(State, StartSpec) ->
    case check_startspec(StartSpec) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Started, Reason} ->
                    terminate_children(Started, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

init_dynamic(State, [StartSpec]) ->
    case check_startspec([StartSpec]) of
        {ok, Children} -> {ok, State#state{children = Children}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, StartSpec) ->
    {stop, {bad_start_spec, StartSpec}}.

%% Starts the children in order (Children is in start order); the result
%% lists them the most recent first.
start_children(Children, SupName) ->
    start_children(Children, [], SupName).

start_children([], Started, _SupName) ->
    {ok, Started};
start_children([Child | Rest], Started, SupName) ->
    case do_start_child(SupName, Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, Started, SupName);
        {ok, Pid} ->
            start_children(Rest, [started(Child, Pid) | Started], SupName);
        {ok, Pid, _Extra} ->
            start_children(Rest, [started(Child, Pid) | Started], SupName);
        {error, Reason} ->
            {error, lists:reverse(Rest) ++ [Child | Started],
             {failed_to_start_child, Child#child.id, Reason}}
    end.

%% A temporary child is never restarted, so its arguments are not kept.
started(#child{restart_type = temporary, mfargs = {M, F, _}} = Child, Pid) ->
    Child#child{pid = Pid, mfargs = {M, F, undefined}};
started(Child, Pid) ->
    Child#child{pid = Pid}.

do_start_child(SupName, #child{mfargs = {M, F, Args}} = Child) ->
    case do_start_child_i(M, F, Args) of
        {error, Reason} = Error ->
            report_error(start_error, Reason, Child, SupName),
            Error;
        Other ->
            Other
    end.

do_start_child_i(M, F, Args) ->
    case catch apply(M, F, Args) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, Reason} -> {error, Reason};
        What -> {error, What}
    end.

%% ---------------------------------------------------------------------
%% Requests

handle_call({start_child, Args}, _From, #state{strategy = simple_one_for_one} = State) ->
    [#child{mfargs = {M, F, A}} = Child] = State#state.children,
    AllArgs = A ++ Args,
    case do_start_child_i(M, F, AllArgs) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} -> {reply, {ok, Pid}, add_dynamic(Pid, AllArgs, State)};
        {ok, Pid, Extra} -> {reply, {ok, Pid, Extra}, add_dynamic(Pid, AllArgs, State)};
        {error, Reason} = Error ->
            report_error(start_error, Reason, Child, State#state.name),
            {reply, Error, State}
    end;
handle_call({start_child, ChildSpec}, _From, State) ->
    case check_childspec(ChildSpec) of
        {ok, Child} -> handle_start_child(Child, State);
        Error -> {reply, {error, Error}, State}
    end;

handle_call({terminate_child, Id}, _From, #state{strategy = simple_one_for_one} = State) ->
    case is_pid(Id) of
        false ->
            {reply, {error, simple_one_for_one}, State};
        true ->
            case is_dynamic_child(Id, State) of
                true ->
                    [Child] = State#state.children,
                    do_terminate(Child#child{pid = Id}, State#state.name),
                    {reply, ok, State#state{dynamics = maps:remove(Id, State#state.dynamics)}};
                false ->
                    {reply, {error, not_found}, State}
            end
    end;
handle_call({terminate_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} ->
            do_terminate(Child, State#state.name),
            {reply, ok, del_child(Child, State)};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({Request, _Id}, _From, #state{strategy = simple_one_for_one} = State)
  when Request =:= delete_child; Request =:= restart_child ->
    {reply, {error, simple_one_for_one}, State};

handle_call({delete_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} ->
            Children = [C || C <- State#state.children, C#child.id =/= Id],
            {reply, ok, State#state{children = Children}};
        {ok, #child{pid = {restarting, _}}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({restart_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case do_start_child(State#state.name, Child) of
                {ok, Pid} ->
                    {reply, {ok, Pid}, replace_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {reply, {ok, Pid, Extra}, replace_child(Child#child{pid = Pid}, State)};
                Error ->
                    {reply, Error, State}
            end;
        {ok, #child{pid = {restarting, _}}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({get_childspec, Id}, _From, #state{strategy = simple_one_for_one} = State) ->
    [Child] = State#state.children,
    case is_pid(Id) andalso is_dynamic_child(Id, State) of
        true -> {reply, {ok, child_to_spec(Child)}, State};
        false -> {reply, {error, not_found}, State}
    end;
handle_call({get_childspec, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} -> {reply, {ok, child_to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;

handle_call(get_callback_module, _From, #state{module = Mod} = State) ->
    {reply, Mod, State};
handle_call(which_children, _From, #state{strategy = simple_one_for_one} = State) ->
    [#child{child_type = Type, modules = Mods}] = State#state.children,
    Reply = [{undefined, Pid, Type, Mods} || Pid <- dynamic_pids(State)],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    Reply = [{Id, child_pid(Pid), Type, Mods}
             || #child{id = Id, pid = Pid, child_type = Type, modules = Mods}
                    <- State#state.children],
    {reply, Reply, State};

handle_call(count_children, _From, #state{strategy = simple_one_for_one} = State) ->
    [#child{child_type = Type}] = State#state.children,
    N = length(dynamic_pids(State)),
    Active = length([P || P <- dynamic_pids(State), is_pid(P)]),
    {Sups, Workers} = case Type of
                          supervisor -> {N, 0};
                          worker -> {0, N}
                      end,
    {reply, [{specs, 1}, {active, Active}, {supervisors, Sups}, {workers, Workers}], State};
handle_call(count_children, _From, State) ->
    Children = State#state.children,
    Reply = [{specs, length(Children)},
             {active, length([C || #child{pid = P} = C <- Children, is_pid(P)])},
             {supervisors, length([C || #child{child_type = supervisor} = C <- Children])},
             {workers, length([C || #child{child_type = worker} = C <- Children])}],
    {reply, Reply, State}.

handle_start_child(#child{id = Id} = Child, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} ->
            {reply, {error, already_present}, State};
        {ok, #child{pid = Pid}} ->
            {reply, {error, {already_started, Pid}}, State};
        error ->
            case do_start_child(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {reply, {ok, undefined}, State};
                {ok, Pid} ->
                    {reply, {ok, Pid}, add_child(started(Child, Pid), State)};
                {ok, Pid, Extra} ->
                    {reply, {ok, Pid, Extra}, add_child(started(Child, Pid), State)};
                {error, Reason} ->
                    {reply, {error, {Reason, Child}}, State}
            end
    end.

handle_cast({try_again_restart, Id}, State) ->
    Found = case State#state.strategy of
                simple_one_for_one ->
                    [Child] = State#state.children,
                    case maps:is_key({restarting, Id}, State#state.dynamics) of
                        true -> {ok, Child#child{pid = {restarting, Id}}};
                        false -> error
                    end;
                _ -> find_child(Id, State)
            end,
    case Found of
        {ok, #child{pid = {restarting, _}} = C} ->
            case restart(C, State) of
                {ok, State1} -> {noreply, State1};
                {shutdown, State1} -> {stop, shutdown, State1}
            end;
        _ ->
            {noreply, State}
    end;
handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info({'EXIT', Pid, Reason}, State) ->
    case restart_child(Pid, Reason, State) of
        {ok, State1} -> {noreply, State1};
        {shutdown, State1} -> {stop, shutdown, State1}
    end;
handle_info(Msg, State) ->
    error_logger:error_msg("Supervisor received unexpected message: ~tp~n", [Msg]),
    {noreply, State}.

terminate(_Reason, #state{strategy = simple_one_for_one} = State) ->
    terminate_dynamic_children(State);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name).

%% ---------------------------------------------------------------------
%% Restarting

restart_child(Pid, Reason, #state{strategy = simple_one_for_one} = State) ->
    case maps:find(Pid, State#state.dynamics) of
        {ok, Args} ->
            [#child{mfargs = {M, F, _}} = Child] = State#state.children,
            do_restart(Reason, Child#child{pid = Pid, mfargs = {M, F, Args}}, State);
        error ->
            {ok, State}
    end;
restart_child(Pid, Reason, State) ->
    case lists:keyfind(Pid, #child.pid, State#state.children) of
        #child{} = Child -> do_restart(Reason, Child, State);
        false -> {ok, State}
    end.

do_restart(Reason, #child{restart_type = permanent} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Reason, #child{restart_type = Type} = Child, State) ->
    case quiet(Reason) of
        true ->
            ended(Child, del_child(Child, State));
        false when Type =:= transient ->
            report_error(child_terminated, Reason, Child, State#state.name),
            restart(Child, State);
        false ->
            report_error(child_terminated, Reason, Child, State#state.name),
            ended(Child, del_child(Child, State))
    end.

quiet(normal) -> true;
quiet(shutdown) -> true;
quiet({shutdown, _}) -> true;
quiet(_) -> false.

%% A child that ended for good: with auto_shutdown the supervisor may stop.
ended(#child{significant = true}, #state{auto_shutdown = any_significant} = State) ->
    {shutdown, State};
ended(#child{significant = true}, #state{auto_shutdown = all_significant} = State) ->
    case [C || #child{significant = true, pid = P} = C <- State#state.children, is_pid(P)] of
        [] -> {shutdown, State};
        _ -> {ok, State}
    end;
ended(_Child, State) ->
    {ok, State}.

restart(Child, State) ->
    case add_restart(State) of
        {ok, State1} ->
            case restart(State1#state.strategy, Child, State1) of
                {ok, State2} ->
                    {ok, State2};
                {try_again, State2, Id} ->
                    gen_server:cast(self(), {try_again_restart, Id}),
                    {ok, State2}
            end;
        {terminate, State1} ->
            report_error(shutdown, reached_max_restart_intensity, Child, State1#state.name),
            {shutdown, del_child(Child#child{pid = undefined}, State1)}
    end.

restart(simple_one_for_one, #child{pid = OldPid, mfargs = {M, F, Args}} = Child, State) ->
    Dynamics = maps:remove(old_pid(OldPid), maps:remove(OldPid, State#state.dynamics)),
    case do_start_child_i(M, F, Args) of
        {ok, Pid} ->
            {ok, State#state{dynamics = Dynamics#{Pid => Args}}};
        {ok, Pid, _Extra} ->
            {ok, State#state{dynamics = Dynamics#{Pid => Args}}};
        {error, Reason} ->
            report_error(start_error, Reason, Child, State#state.name),
            Key = {restarting, old_pid(OldPid)},
            {try_again, State#state{dynamics = Dynamics#{Key => Args}}, old_pid(OldPid)}
    end;
restart(one_for_one, #child{id = Id} = Child, State) ->
    case do_start_child(State#state.name, Child) of
        {ok, Pid} ->
            {ok, replace_child(Child#child{pid = Pid}, State)};
        {ok, Pid, _Extra} ->
            {ok, replace_child(Child#child{pid = Pid}, State)};
        {error, _Reason} ->
            Restarting = Child#child{pid = {restarting, old_pid(Child#child.pid)}},
            {try_again, replace_child(Restarting, State), Id}
    end;
restart(one_for_all, Child, State) ->
    Children = State#state.children,
    restart_group(Child, Children, [], State);
restart(rest_for_one, #child{id = Id} = Child, State) ->
    {After, [_ | Before]} = lists:splitwith(fun(C) -> C#child.id =/= Id end,
                                            State#state.children),
    restart_group(Child, After ++ [Child], Before, State).

%% Terminates Group (the failed child and the children to restart with it,
%% the most recent first), then starts it again in order; Kept are the
%% children left alone.
restart_group(#child{id = Id}, Group, Kept, State) ->
    Others = [C || C <- Group, C#child.id =/= Id],
    _ = terminate_children(Others, State#state.name),
    Restartable = [C#child{pid = undefined} || C <- lists:reverse(Group),
                                               C#child.restart_type =/= temporary
                                                   orelse C#child.id =:= Id],
    case start_children(Restartable, Kept, State#state.name) of
        {ok, Children} ->
            {ok, State#state{children = Children}};
        {error, Children, {failed_to_start_child, FailedId, _Reason}} ->
            Marked = [case C#child.id of
                          FailedId -> C#child{pid = {restarting, undefined}};
                          _ -> C
                      end || C <- Children],
            {try_again, State#state{children = Marked}, FailedId}
    end.

old_pid({restarting, Pid}) -> old_pid(Pid);
old_pid(Pid) -> Pid.

%% Counts a restart; more than Intensity within Period seconds is too many.
add_restart(#state{intensity = Intensity, period = Period, restarts = Restarts} = State) ->
    Now = erlang:monotonic_time(second),
    Recent = [Now | [T || T <- Restarts, Now - T < Period]],
    State1 = State#state{restarts = Recent},
    case length(Recent) > Intensity of
        true -> {terminate, State1};
        false -> {ok, State1}
    end.

%% ---------------------------------------------------------------------
%% Terminating children

%% Terminates the children (the most recent first) and returns them
%% stopped; temporary children are dropped.
terminate_children(Children, SupName) ->
    [do_terminate(Child, SupName) || Child <- Children],
    [Child#child{pid = undefined} || Child <- Children,
                                     Child#child.restart_type =/= temporary].

do_terminate(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Pid, Child#child.shutdown) of
        ok -> ok;
        {error, normal} when Child#child.restart_type =/= permanent -> ok;
        {error, Reason} -> report_error(shutdown_error, Reason, Child, SupName)
    end,
    ok;
do_terminate(_Child, _SupName) ->
    ok.

%% Stops one child: brutal_kill kills it, a time (or infinity) asks it to
%% shut down and kills it when the time is up. The link is replaced by a
%% monitor first, so that the supervisor sees no 'EXIT' of its own doing.
shutdown(Pid, brutal_kill) ->
    case monitor_child(Pid) of
        ok ->
            exit(Pid, kill),
            receive
                {'DOWN', _, process, Pid, killed} -> ok;
                {'DOWN', _, process, Pid, Other} -> {error, Other}
            end;
        {error, normal} -> {error, normal};
        {error, Reason} -> {error, Reason}
    end;
shutdown(Pid, Time) ->
    case monitor_child(Pid) of
        ok ->
            exit(Pid, shutdown),
            receive
                {'DOWN', _, process, Pid, shutdown} -> ok;
                {'DOWN', _, process, Pid, Other} -> {error, Other}
            after Time ->
                exit(Pid, kill),
                receive
                    {'DOWN', _, process, Pid, Other} -> {error, Other}
                end
            end;
        {error, Reason} -> {error, Reason}
    end.

%% ok, or {error, Reason} when the child has already exited.
monitor_child(Pid) ->
    erlang:monitor(process, Pid),
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} ->
            receive {'DOWN', _, process, Pid, _} -> {error, Reason} end
    after 0 -> ok
    end.

terminate_dynamic_children(#state{children = [Child]} = State) ->
    Pids = [P || P <- dynamic_pids(State), is_pid(P)],
    Reason = case Child#child.shutdown of
                 brutal_kill -> kill;
                 _ -> shutdown
             end,
    Monitored = [{P, monitor_child(P)} || P <- Pids],
    Alive = [P || {P, ok} <- Monitored],
    [exit(P, Reason) || P <- Alive],
    Timer = case Child#child.shutdown of
                T when is_integer(T) -> erlang:send_after(T, self(), {'$sup_kill', self()});
                _ -> undefined
            end,
    wait_dynamic_children(maps:from_list([{P, true} || P <- Alive]), Reason, Child,
                          State#state.name),
    case Timer of
        undefined -> ok;
        _ -> erlang:cancel_timer(Timer)
    end,
    ok.

%% Pids is a map with the children not yet down as keys.
wait_dynamic_children(Pids, _Expected, _Child, _SupName) when map_size(Pids) =:= 0 ->
    ok;
wait_dynamic_children(Pids, Expected, Child, SupName) ->
    receive
        {'DOWN', _, process, Pid, Reason} when is_map_key(Pid, Pids) ->
            case Reason of
                killed when Expected =:= kill -> ok;
                shutdown when Expected =:= shutdown -> ok;
                _ -> report_error(shutdown_error, Reason, Child#child{pid = Pid}, SupName)
            end,
            wait_dynamic_children(maps:remove(Pid, Pids), Expected, Child, SupName);
        {'$sup_kill', Self} when Self =:= self() ->
            [exit(P, kill) || P <- maps:keys(Pids)],
            wait_dynamic_children(Pids, kill, Child, SupName)
    end.

%% ---------------------------------------------------------------------
%% The child list

find_child(Id, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        #child{} = Child -> {ok, Child};
        false when is_pid(Id) ->
            case lists:keyfind(Id, #child.pid, State#state.children) of
                #child{} = Child -> {ok, Child};
                false -> error
            end;
        false -> error
    end.

add_child(Child, State) ->
    State#state{children = [Child | State#state.children]}.

add_dynamic(Pid, Args, State) ->
    State#state{dynamics = maps:put(Pid, Args, State#state.dynamics)}.

replace_child(#child{id = Id} = Child, State) ->
    State#state{children = lists:keyreplace(Id, #child.id, State#state.children, Child)}.

%% A child that stopped for good: a temporary child (or a dynamic one) is
%% forgotten, any other keeps its spec without a pid.
del_child(#child{pid = Pid}, #state{strategy = simple_one_for_one} = State) ->
    State#state{dynamics = maps:remove(Pid, State#state.dynamics)};
del_child(#child{id = Id, restart_type = temporary}, State) ->
    State#state{children = lists:keydelete(Id, #child.id, State#state.children)};
del_child(Child, State) ->
    replace_child(Child#child{pid = undefined}, State).

%% As in OTP, a dead pid counts as a dynamic child: its 'EXIT' may not have
%% been handled yet.
is_dynamic_child(Pid, State) ->
    maps:is_key(Pid, State#state.dynamics)
        orelse maps:is_key({restarting, Pid}, State#state.dynamics)
        orelse not is_process_alive(Pid).

dynamic_pids(State) ->
    [case K of
         {restarting, _} -> restarting;
         Pid -> Pid
     end || K <- maps:keys(State#state.dynamics)].

child_pid({restarting, _}) -> restarting;
child_pid(Pid) -> Pid.

child_to_spec(#child{id = Id, mfargs = MFA, restart_type = Restart, significant = Significant,
                     shutdown = Shutdown, child_type = Type, modules = Mods}) ->
    #{id => Id, start => MFA, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Mods}.

%% ---------------------------------------------------------------------
%% Checking flags and child specs

init_state(Name, Flags, Mod, Args) when is_map(Flags) ->
    Strategy = maps:get(strategy, Flags, one_for_one),
    Intensity = maps:get(intensity, Flags, 1),
    Period = maps:get(period, Flags, 5),
    AutoShutdown = maps:get(auto_shutdown, Flags, never),
    init_state(Name, Strategy, Intensity, Period, AutoShutdown, Mod, Args);
init_state(Name, {Strategy, Intensity, Period}, Mod, Args) ->
    init_state(Name, Strategy, Intensity, Period, never, Mod, Args);
init_state(_Name, Flags, _Mod, _Args) ->
    {invalid_type, Flags}.

init_state(Name, Strategy, Intensity, Period, AutoShutdown, Mod, Args) ->
    if
        Strategy =/= one_for_one, Strategy =/= one_for_all,
        Strategy =/= rest_for_one, Strategy =/= simple_one_for_one ->
            {invalid_strategy, Strategy};
        not is_integer(Intensity); Intensity < 0 ->
            {invalid_intensity, Intensity};
        not is_integer(Period); Period =< 0 ->
            {invalid_period, Period};
        AutoShutdown =/= never, AutoShutdown =/= any_significant,
        AutoShutdown =/= all_significant ->
            {invalid_auto_shutdown, AutoShutdown};
        true ->
            {ok, #state{name = Name, strategy = Strategy, intensity = Intensity,
                        period = Period, auto_shutdown = AutoShutdown,
                        module = Mod, args = Args}}
    end.

%% {ok, Children} in start order, or the first error.
check_startspec(Specs) -> check_startspec(Specs, []).

check_startspec([Spec | Rest], Acc) ->
    case check_childspec(Spec) of
        {ok, #child{id = Id} = Child} ->
            case lists:keymember(Id, #child.id, Acc) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(Rest, [Child | Acc])
            end;
        Error ->
            Error
    end;
check_startspec([], Acc) ->
    {ok, lists:reverse(Acc)};
check_startspec(Other, _Acc) ->
    {bad_start_spec, Other}.

check_childspec(Spec) when is_map(Spec) ->
    case {maps:find(id, Spec), maps:find(start, Spec)} of
        {error, _} ->
            missing_id;
        {_, error} ->
            missing_start;
        {{ok, Id}, {ok, Start}} ->
            Type = maps:get(type, Spec, worker),
            check_child(Id, Start, maps:get(restart, Spec, permanent),
                        maps:get(significant, Spec, false),
                        maps:get(shutdown, Spec, default_shutdown(Type)), Type,
                        maps:get(modules, Spec, default_modules(Start)))
    end;
check_childspec({Id, Start, Restart, Shutdown, Type, Modules}) ->
    check_child(Id, Start, Restart, false, Shutdown, Type, Modules);
check_childspec(Other) ->
    {invalid_child_spec, Other}.

default_shutdown(supervisor) -> infinity;
default_shutdown(_) -> 5000.

default_modules({M, _, _}) -> [M];
default_modules(_) -> [].

check_child(Id, Start, Restart, Significant, Shutdown, Type, Modules) ->
    Checks = [fun() -> check_type(Type) end,
              fun() -> check_mfa(Start) end,
              fun() -> check_restart(Restart) end,
              fun() -> check_significant(Significant) end,
              fun() -> check_shutdown(Shutdown) end,
              fun() -> check_modules(Modules) end],
    case lists:dropwhile(fun(Check) -> Check() =:= ok end, Checks) of
        [] ->
            {ok, #child{id = Id, mfargs = Start, restart_type = Restart,
                        significant = Significant, shutdown = Shutdown,
                        child_type = Type, modules = Modules}};
        [Failed | _] ->
            Failed()
    end.

check_type(worker) -> ok;
check_type(supervisor) -> ok;
check_type(Type) -> {invalid_child_type, Type}.

check_mfa({M, F, A}) when is_atom(M), is_atom(F), is_list(A) -> ok;
check_mfa(MFA) -> {invalid_mfa, MFA}.

check_restart(permanent) -> ok;
check_restart(transient) -> ok;
check_restart(temporary) -> ok;
check_restart(Restart) -> {invalid_restart_type, Restart}.

check_significant(Significant) when is_boolean(Significant) -> ok;
check_significant(Significant) -> {invalid_significant, Significant}.

check_shutdown(brutal_kill) -> ok;
check_shutdown(infinity) -> ok;
check_shutdown(Time) when is_integer(Time), Time >= 0 -> ok;
check_shutdown(Shutdown) -> {invalid_shutdown, Shutdown}.

check_modules(dynamic) -> ok;
check_modules(Mods) when is_list(Mods) ->
    case lists:all(fun is_atom/1, Mods) of
        true -> ok;
        false -> {invalid_modules, Mods}
    end;
check_modules(Mods) -> {invalid_modules, Mods}.

%% ---------------------------------------------------------------------
%% Reports

report_error(Context, Reason, Child, SupName) ->
    error_logger:report(supervisor,
                        error_logger:report_text([{supervisor, SupName},
                                                  {errorContext, Context},
                                                  {reason, Reason},
                                                  {offender, offender(Child)}]) ++ "\n").

offender(#child{pid = Pid, id = Id, mfargs = MFA, restart_type = Restart,
                significant = Significant, shutdown = Shutdown, child_type = Type}) ->
    [{pid, Pid}, {id, Id}, {mfargs, MFA}, {restart_type, Restart},
     {significant, Significant}, {shutdown, Shutdown}, {child_type, Type}].

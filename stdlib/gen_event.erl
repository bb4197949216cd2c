%% gen_event: the event manager behaviour, written from the OTP 25
%% documentation and from what OTP 25 does as seen from outside.
%%
%% An event manager is a process holding a list of event handlers, each a
%% callback module (Handler = Module or {Module, Id}) with its own state.
%% Handlers are kept newest first: events, infos and stop reach them in that
%% order, and which_handlers/1 lists them so. Adding a handler that is already
%% there adds it once more, as OTP does.
%%
%% Supported: start/0,1,2, start_link/0,1,2, start_monitor/0,1,2 (names as
%% gen_server's), add_handler/3, add_sup_handler/3, delete_handler/3,
%% swap_handler/3, swap_sup_handler/3, notify/2, sync_notify/2, call/3,4,
%% send_request/3 with wait_response/2, receive_response/2, check_response/2,
%% which_handlers/1, stop/1,3; the callbacks init/1, handle_event/2,
%% handle_call/2, handle_info/2 (optional), terminate/2 (optional) with every
%% return value of the documentation (hibernate only continues). A handler
%% that crashes or returns a bad value is removed, with terminate/2 called
%% with {error, {'EXIT', Reason}} or {error, Value}, and OTP's "gen_event
%% handler ... crashed" report. A supervised handler's owner gets
%% {gen_event_EXIT, Handler, Reason} when the handler goes.
%%
%% behaviour_info/1 answers as OTP's (function_clause for other keys).
%%
%% Not supported: code_change/3 and format_status (never called), the debug
%% and hibernate_after options.
-module(gen_event).

-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2,
         add_handler/3, add_sup_handler/3, delete_handler/3,
         swap_handler/3, swap_sup_handler/3, notify/2, sync_notify/2,
         call/3, call/4, send_request/3, wait_response/2, receive_response/2,
         check_response/2, which_handlers/1, stop/1, stop/3,
         init_it/6, behaviour_info/1]).

%% One installed handler.
-record(handler, {module,       % the callback module
                  id = false,   % the Id of a {Module, Id} handler, or false
                  state,        % the callback state
                  owner = false}). % the pid supervising it, or false

behaviour_info(callbacks) ->
    [{init, 1}, {handle_event, 2}, {handle_call, 2}, {handle_info, 2},
     {terminate, 2}, {code_change, 3}, {format_status, 2}, {format_status, 1}];
behaviour_info(optional_callbacks) ->
    [{handle_info, 2}, {terminate, 2}, {code_change, 3}, {format_status, 1},
     {format_status, 2}].

%% ---------------------------------------------------------------------
%% Starting

start() -> gen:start(?MODULE, nolink, ?MODULE, [], []).
start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], []);
start(Opts) when is_list(Opts) -> gen:start(?MODULE, nolink, ?MODULE, [], Opts).
start(Name, Opts) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], Opts).

start_link() -> gen:start(?MODULE, link, ?MODULE, [], []).
start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, ?MODULE, [], []);
start_link(Opts) when is_list(Opts) -> gen:start(?MODULE, link, ?MODULE, [], Opts).
start_link(Name, Opts) -> gen:start(?MODULE, link, Name, ?MODULE, [], Opts).

start_monitor() -> gen:start(?MODULE, monitor, ?MODULE, [], []).
start_monitor(Name) when is_tuple(Name) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], []);
start_monitor(Opts) when is_list(Opts) -> gen:start(?MODULE, monitor, ?MODULE, [], Opts).
start_monitor(Name, Opts) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], Opts).

%% In the new process (called by gen:init_it/7). The manager traps exits to
%% hear of its parent and of the owners of supervised handlers.
init_it(Starter, Parent, Name, _Mod, _Args, _Opts) ->
    process_flag(trap_exit, true),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, []).

%% ---------------------------------------------------------------------
%% API

add_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args, false}).
add_sup_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args, self()}).

delete_handler(M, Handler, Args) -> rpc(M, {delete_handler, Handler, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2, keep}).
swap_sup_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which_handlers).

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

%% notify/2 sends to a registered name as `!` does: an unknown name is badarg.
-file("gen_event.erl", 486).
notify(M, Event) -> send(M, {notify, Event}).

send(M, Cmd) when is_pid(M); is_atom(M) ->
    M ! Cmd,
    ok;
send(M, Cmd) ->
    gen:send(M, Cmd).

call(M, Handler, Query) ->
    try gen:call(M, '$gen_event', {call, Handler, Query}) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query]}})
    end.

call(M, Handler, Query, Timeout) ->
    try gen:call(M, '$gen_event', {call, Handler, Query}, Timeout) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query, Timeout]}})
    end.

%% The requests the API makes without a timeout exit with the bare reason.
rpc(M, Request) ->
    {ok, Reply} = gen:call(M, '$gen_event', Request, infinity),
    Reply.

send_request(M, Handler, Query) -> gen:send_request(M, '$gen_event', {call, Handler, Query}).
wait_response(ReqId, Timeout) -> gen:wait_response(ReqId, Timeout).
receive_response(ReqId, Timeout) -> gen:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen:check_response(Msg, ReqId).

stop(M) -> proc_lib:stop(M).
stop(M, Reason, Timeout) -> proc_lib:stop(M, Reason, Timeout).

%% ---------------------------------------------------------------------
%% The manager loop

loop(Parent, Name, Handlers) ->
    receive
        {system, From, Request} ->
            system_msg(Request, From, Parent, Name, Handlers);
        {'EXIT', Parent, Reason} ->
            terminate_server(Reason, Name, Handlers);
        {'$gen_event', From, Request} ->
            {Reply, Handlers1} = handle_request(Request, Name, Handlers),
            gen:reply(From, Reply),
            loop(Parent, Name, Handlers1);
        {notify, Event} ->
            loop(Parent, Name, dispatch(handle_event, Event, Name, Handlers));
        {'EXIT', Pid, Reason} = Msg ->
            %% The supervised handlers of a dead owner go; the others see the
            %% 'EXIT' as a message, as any other.
            Handlers1 = owner_died(Pid, Reason, Name, Handlers),
            loop(Parent, Name, dispatch(handle_info, Msg, Name, Handlers1));
        Msg ->
            loop(Parent, Name, dispatch(handle_info, Msg, Name, Handlers))
    end.

handle_request({add_handler, Handler, Args, Owner}, _Name, Handlers) ->
    add(Handler, Args, Owner, Handlers);
handle_request({delete_handler, Handler, Args}, Name, Handlers) ->
    case take(Handler, Handlers) of
        {H, Rest} ->
            {remove(H, Args, normal, Name), Rest};
        false ->
            {{error, module_not_found}, Handlers}
    end;
handle_request({swap_handler, H1, A1, H2, A2, Owner}, Name, Handlers) ->
    swap(H1, A1, H2, A2, Owner, Name, Handlers);
handle_request(which_handlers, _Name, Handlers) ->
    {[handler_name(H) || H <- Handlers], Handlers};
handle_request({sync_notify, Event}, Name, Handlers) ->
    {ok, dispatch(handle_event, Event, Name, Handlers)};
handle_request({call, Handler, Query}, Name, Handlers) ->
    case take(Handler, Handlers) of
        {H, _} -> handler_call(H, Query, Name, Handlers);
        false -> {{error, bad_module}, Handlers}
    end.

%% Installs Handler in front; the reply is ok or what init/1 gave instead.
add(Handler, Args, Owner, Handlers) ->
    {Mod, Id} = split(Handler),
    case callback(Mod, init, [Args]) of
        {ok, {ok, State}} -> {ok, [new(Mod, Id, State, Owner) | Handlers]};
        {ok, {ok, State, hibernate}} -> {ok, [new(Mod, Id, State, Owner) | Handlers]};
        {ok, Other} -> {Other, Handlers};
        {'EXIT', Class, Reason, Stacktrace} -> {{'EXIT', exit_reason(Class, Reason, Stacktrace)}, Handlers}
    end.

new(Mod, Id, State, false) ->
    #handler{module = Mod, id = Id, state = State};
new(Mod, Id, State, Owner) ->
    link(Owner),
    #handler{module = Mod, id = Id, state = State, owner = Owner}.

%% Replaces H1 by H2: H2's init/1 gets {A2, what H1's terminate/2 returned}
%% (error when H1 is not installed). H2 is supervised by Owner, or (keep)
%% by H1's owner.
swap(H1, A1, H2, A2, Owner0, Name, Handlers) ->
    {Result, Rest, OldOwner} =
        case take(H1, Handlers) of
            {H, Others} ->
                {terminate_handler(H, A1, Name), Others, H#handler.owner};
            false ->
                {error, Handlers, false}
        end,
    Owner = case Owner0 of keep -> OldOwner; _ -> Owner0 end,
    %% The old owner is unlinked (and told) before the new handler links it.
    notify_owner(OldOwner, H1, {swapped, H2, Owner}),
    case add(H2, {A2, Result}, Owner, Rest) of
        {ok, Handlers1} -> {ok, Handlers1};
        {Other, Handlers1} -> {{error, Other}, Handlers1}
    end.

%% Passes an event (handle_event) or a message (handle_info) to every
%% handler; handlers that ask to go or fail are removed.
dispatch(_Callback, _Event, _Name, []) ->
    [];
dispatch(Callback, Event, Name, [H | Rest]) ->
    case update(H, Callback, Event, Name) of
        {keep, H1} -> [H1 | dispatch(Callback, Event, Name, Rest)];
        {swap, New} -> New ++ dispatch(Callback, Event, Name, Rest);
        removed -> dispatch(Callback, Event, Name, Rest)
    end.

update(#handler{module = Mod, state = State} = H, Callback, Event, Name) ->
    case callback(Mod, Callback, [Event, State]) of
        {ok, {ok, NewState}} ->
            {keep, H#handler{state = NewState}};
        {ok, {ok, NewState, hibernate}} ->
            {keep, H#handler{state = NewState}};
        {ok, {swap_handler, A1, NewState, H2, A2}} ->
            {_, Handlers1} = swap_self(H#handler{state = NewState}, A1, H2, A2, Name),
            {swap, Handlers1};
        {ok, remove_handler} ->
            remove(H, remove_handler, normal, Name),
            removed;
        {ok, undef_info} when Callback =:= handle_info ->
            {keep, H};
        {ok, Other} ->
            failed(H, Event, {error, Other}, Other, Name),
            removed;
        {'EXIT', Class, Reason, Stacktrace} ->
            Exit = exit_reason(Class, Reason, Stacktrace),
            failed(H, Event, {error, {'EXIT', Exit}}, Exit, Name),
            removed
    end.

%% A handler's own {swap_handler, ...} return.
swap_self(H, A1, H2, A2, Name) ->
    Owner = H#handler.owner,
    Result = terminate_handler(H, A1, Name),
    notify_owner(Owner, handler_name(H), {swapped, H2, Owner}),
    add(H2, {A2, Result}, Owner, []).

handler_call(#handler{module = Mod, state = State} = H, Query, Name, Handlers) ->
    Others = Handlers -- [H],
    case callback(Mod, handle_call, [Query, State]) of
        {ok, {ok, Reply, NewState}} ->
            {Reply, replace(H, H#handler{state = NewState}, Handlers)};
        {ok, {ok, Reply, NewState, hibernate}} ->
            {Reply, replace(H, H#handler{state = NewState}, Handlers)};
        {ok, {swap_handler, Reply, A1, NewState, H2, A2}} ->
            {_, New} = swap_self(H#handler{state = NewState}, A1, H2, A2, Name),
            {Reply, New ++ Others};
        {ok, {remove_handler, Reply}} ->
            remove(H, remove_handler, normal, Name),
            {Reply, Others};
        {ok, Other} ->
            failed(H, Query, {error, Other}, Other, Name),
            {{error, Other}, Others};
        {'EXIT', Class, Reason, Stacktrace} ->
            Exit = exit_reason(Class, Reason, Stacktrace),
            failed(H, Query, {error, {'EXIT', Exit}}, Exit, Name),
            {{error, {'EXIT', Exit}}, Others}
    end.

replace(Old, New, [Old | Rest]) -> [New | Rest];
replace(Old, New, [H | Rest]) -> [H | replace(Old, New, Rest)].

%% A handler that crashed or returned a bad value: terminate/2, OTP's report,
%% and its owner hears of it.
failed(H, Event, TerminateArg, Reason, Name) ->
    terminate_handler(H, TerminateArg, Name),
    error_logger:error_msg("** gen_event handler ~p crashed.~n"
                           "** Was installed in ~tp~n"
                           "** Last event was: ~tp~n"
                           "** When handler state == ~tp~n"
                           "** Reason == ~tp~n",
                           [handler_name(H), Name, Event, H#handler.state, Reason]),
    case TerminateArg of
        {error, {'EXIT', _} = Exit} -> notify_owner(H#handler.owner, handler_name(H), Exit);
        {error, Other} -> notify_owner(H#handler.owner, handler_name(H), Other)
    end.

%% Removes a handler on request: terminate/2's result, and the owner is told.
remove(H, Arg, OwnerReason, Name) ->
    Result = terminate_handler(H, Arg, Name),
    notify_owner(H#handler.owner, handler_name(H), OwnerReason),
    Result.

terminate_handler(#handler{module = Mod, state = State}, Arg, _Name) ->
    case callback(Mod, terminate, [Arg, State]) of
        {ok, Result} -> Result;
        {'EXIT', _, _, _} -> ok
    end.

notify_owner(false, _Handler, _Reason) -> ok;
notify_owner(Owner, Handler, Reason) ->
    unlink(Owner),
    Owner ! {gen_event_EXIT, Handler, Reason},
    ok.

%% The owner of supervised handlers died: they are removed with
%% terminate({stop, Reason}, State).
owner_died(Pid, Reason, Name, Handlers) ->
    lists:filter(fun(#handler{owner = Owner} = H) when Owner =:= Pid ->
                         terminate_handler(H, {stop, Reason}, Name),
                         false;
                    (_) -> true
                 end, Handlers).

%% Calls Mod:F(Args...): {ok, Result} (a throw is a result too), or the
%% exception. An optional callback that is missing gives a default.
callback(Mod, F, Args) ->
    try {ok, apply(Mod, F, Args)}
    catch
        throw:Value ->
            {ok, Value};
        error:undef:Stacktrace ->
            case {Stacktrace, F} of
                {[{Mod, terminate, _, _} | _], terminate} ->
                    {ok, ok};
                {[{Mod, handle_info, [Msg, _], _} | _], handle_info} ->
                    error_logger:warning_msg("** Undefined handle_info in ~tp~n"
                                             "** Unhandled message: ~tp~n", [Mod, Msg]),
                    {ok, undef_info};
                _ ->
                    {'EXIT', error, undef, Stacktrace}
            end;
        Class:Reason:Stacktrace ->
            {'EXIT', Class, Reason, Stacktrace}
    end.

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _Stacktrace) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

split({Mod, Id}) -> {Mod, Id};
split(Mod) -> {Mod, false}.

handler_name(#handler{module = Mod, id = false}) -> Mod;
handler_name(#handler{module = Mod, id = Id}) -> {Mod, Id}.

%% The first installed handler named Handler, and the others.
take(Handler, Handlers) ->
    {Mod, Id} = split(Handler),
    take(Mod, Id, Handlers, []).

take(_Mod, _Id, [], _Seen) -> false;
take(Mod, Id, [#handler{module = Mod, id = Id} = H | Rest], Seen) ->
    {H, lists:reverse(Seen, Rest)};
take(Mod, Id, [H | Rest], Seen) ->
    take(Mod, Id, Rest, [H | Seen]).

%% ---------------------------------------------------------------------
%% System messages and stopping

system_msg({terminate, Reason}, From, _Parent, Name, Handlers) ->
    _ = From,
    terminate_server(Reason, Name, Handlers);
system_msg(get_state, From, Parent, Name, Handlers) ->
    gen:reply(From, [{Mod, Id, State} || #handler{module = Mod, id = Id, state = State} <- Handlers]),
    loop(Parent, Name, Handlers);
system_msg(_Other, From, Parent, Name, Handlers) ->
    gen:reply(From, ok),
    loop(Parent, Name, Handlers).

%% Every handler gets terminate(stop, State) and its owner hears shutdown.
terminate_server(Reason, Name, Handlers) ->
    [remove(H, stop, shutdown, Name) || H <- Handlers],
    exit(Reason).

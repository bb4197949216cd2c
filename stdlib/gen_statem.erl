%% gen_statem: the generic state machine behaviour, written from the OTP 25
%% documentation and from what OTP 25 does as seen from outside.
%%
%% Supported: start/3,4, start_link/3,4, start_monitor/3,4 (names as in
%% gen_server), call/2,3 ({Reason, {gen_statem, call, [Server, Request,
%% Timeout]}} exits), cast/2, reply/1,2, stop/1,3, enter_loop/4,5,6;
%% callback modes state_functions and handle_event_function, with or without
%% state_enter; every state callback result of the documentation
%% (next_state, keep_state, repeat_state and their _and_data forms, stop,
%% stop_and_reply); the actions postpone, next_event, reply, hibernate (which
%% only waits), event timeouts (a bare time or {timeout, T, Msg}), generic
%% {{timeout, Name}, T, Msg} and {state_timeout, T, Msg} timeouts with
%% cancel, update and the {abs, true} option; terminate/3 (optional);
%% sys:get_state ({State, Data}) and sys:replace_state.
%%
%% Event order: after a callback, its next_event events come first, then,
%% when the state changed, the postponed events, then the events that were
%% already queued, then the mailbox.
%%
%% Reports ("State machine terminating") go to standard_error. Not
%% supported: format_status, code_change, the debug options and
%% hibernate_after.
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3,
         start_monitor/4, stop/1, stop/3, call/2, call/3, cast/2, reply/1,
         reply/2, enter_loop/4, enter_loop/5, enter_loop/6, init_it/6,
         send_request/2, wait_response/2, receive_response/2, check_response/2,
         behaviour_info/1]).

behaviour_info(callbacks) ->
    [{init, 1}, {callback_mode, 0}, {state_name, 3}, {handle_event, 4},
     {terminate, 3}, {code_change, 4}, {format_status, 2}, {format_status, 1}];
behaviour_info(optional_callbacks) ->
    [{format_status, 1}, {format_status, 2}, {terminate, 3}, {code_change, 4},
     {state_name, 3}, {handle_event, 4}].

%% The machine. Invariant: queue holds events (as {Type, Content}) to handle
%% before reading the mailbox; postponed holds the postponed events, the
%% newest first (so postponing is O(1)); timers maps a timeout type (state_timeout or {timeout, Name})
%% to {TimerRef, Content}.
-record(machine, {parent,
                  name,
                  mod,
                  mode,              % state_functions | handle_event_function
                  enter = false,     % true when state enter calls are used
                  state,
                  data,
                  queue = [],
                  postponed = [],
                  timers = #{},
                  event_timeout = infinity}).  % infinity | {Time, Content}

%% ---------------------------------------------------------------------
%% API

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

stop(Server) -> proc_lib:stop(Server).
stop(Server, Reason, Timeout) -> proc_lib:stop(Server, Reason, Timeout).

call(Server, Request) -> call(Server, Request, infinity).

call(Server, Request, Timeout) ->
    CallTimeout = case Timeout of
                      {dirty_timeout, T} -> T;
                      {clean_timeout, T} -> T;
                      T -> T
                  end,
    try gen:call(Server, '$gen_call', Request, CallTimeout) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

cast(Server, Msg) -> gen:send(Server, {'$gen_cast', Msg}).

%% Asynchronous requests, as gen_server's (see gen:send_request/3).
send_request(Server, Request) -> gen:send_request(Server, '$gen_call', Request).
wait_response(ReqId, Timeout) -> gen:wait_response(ReqId, Timeout).
receive_response(ReqId, Timeout) -> gen:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen:check_response(Msg, ReqId).

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> [reply(R) || R <- Replies], ok.

reply(From, Reply) -> gen:reply(From, Reply).

enter_loop(Mod, Opts, State, Data) ->
    enter_loop(Mod, Opts, State, Data, self(), []).
enter_loop(Mod, Opts, State, Data, Server) when is_pid(Server); is_tuple(Server) ->
    enter_loop(Mod, Opts, State, Data, Server, []);
enter_loop(Mod, Opts, State, Data, Actions) ->
    enter_loop(Mod, Opts, State, Data, self(), Actions).
enter_loop(Mod, _Opts, State, Data, Server, Actions) ->
    Name = case Server of
               Pid when is_pid(Pid) -> Pid;
               _ -> gen:name(Server)
           end,
    M = #machine{parent = gen:get_parent(), name = Name, mod = Mod},
    start_machine(M, State, Data, Actions).

%% ---------------------------------------------------------------------
%% Starting (in the new process, called by gen:init_it/7)

%% init/1 is called on the line OTP 25 reports for it.
-file("gen_statem.erl", 1015).
init_it(Starter, Parent, Name, Mod, Args, _Opts) ->
    M = #machine{parent = Parent, name = Name, mod = Mod},
    Result = try {ok, Mod:init(Args)}
             catch
                 throw:Value -> {ok, Value};
                 C:R:St -> {'EXIT', C, R, St}
             end,
    case Result of
        {ok, {ok, State, Data}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            start_machine(M, State, Data, []);
        {ok, {ok, State, Data, Actions}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            start_machine(M, State, Data, Actions);
        {ok, {stop, Reason}} ->
            init_failed(Starter, Name, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            init_failed(Starter, Name, ignore),
            exit(normal);
        {ok, Other} ->
            Reason = {bad_return_from_init, Other},
            init_failed(Starter, Name, {error, Reason}),
            error_info(M#machine{mode = state_functions, state = undefined},
                       undefined, error, Reason,
                       [{?MODULE, init_result, 8, [{file, "gen_statem.erl"}, {line, 1068}]},
                        {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}]),
            exit(Reason);
        {'EXIT', Class, Reason, Stacktrace} ->
            %% Unlike gen_server, the starter gets the bare reason.
            init_failed(Starter, Name, {error, Reason}),
            error_info(M#machine{mode = state_functions, state = undefined},
                       undefined, Class, Reason, Stacktrace),
            erlang:raise(Class, Reason, Stacktrace)
    end.

init_failed(Starter, Name, Return) ->
    case is_pid(Name) of
        true -> ok;
        false -> catch unregister(Name)
    end,
    proc_lib:init_ack(Starter, Return).

%% Reads the callback mode, then treats the initial state like a transition
%% into it (with its enter call and the actions of init/1).
start_machine(M, State, Data, Actions) ->
    case callback_mode(M#machine.mod) of
        {ok, Mode, Enter} ->
            M1 = M#machine{mode = Mode, enter = Enter, state = State, data = Data},
            transition(M1, undefined, State, Data, listify(Actions), init, true);
        {error, Class, Reason, Stacktrace} ->
            terminate(M#machine{mode = state_functions, state = State, data = Data},
                      undefined, Class, Reason, Stacktrace)
    end.

callback_mode(Mod) ->
    try Mod:callback_mode() of
        Mode -> parse_callback_mode(listify(Mode), undefined, false)
    catch
        Class:Reason:Stacktrace -> {error, Class, Reason, Stacktrace}
    end.

parse_callback_mode([], undefined, _Enter) ->
    {error, error, {bad_callback_mode, undefined}, []};
parse_callback_mode([], Mode, Enter) ->
    {ok, Mode, Enter};
parse_callback_mode([state_enter | Rest], Mode, _Enter) ->
    parse_callback_mode(Rest, Mode, true);
parse_callback_mode([Mode | Rest], _, Enter)
  when Mode =:= state_functions; Mode =:= handle_event_function ->
    parse_callback_mode(Rest, Mode, Enter);
parse_callback_mode([Bad | _], _, _) ->
    {error, error, {bad_callback_mode, Bad}, []}.

listify(List) when is_list(List) -> List;
listify(Item) -> [Item].

%% ---------------------------------------------------------------------
%% The event loop

loop(#machine{queue = [Event | Rest]} = M) ->
    handle_event(M#machine{queue = Rest}, Event);
loop(#machine{event_timeout = infinity} = M) ->
    receive Msg -> decode_msg(M, Msg) end;
loop(#machine{event_timeout = {Time, Content}} = M) ->
    receive
        Msg -> decode_msg(M, Msg)
    after Time ->
        handle_event(M#machine{event_timeout = infinity}, {timeout, Content})
    end.

decode_msg(M, {system, From, Request}) ->
    system_msg(M, From, Request);
decode_msg(#machine{parent = Parent} = M, {'EXIT', Parent, Reason} = Msg) ->
    terminate(M, {info, Msg}, exit, Reason, []);
decode_msg(M, {'$gen_call', From, Request}) ->
    handle_event(M, {{call, From}, Request});
decode_msg(M, {'$gen_cast', Msg}) ->
    handle_event(M, {cast, Msg});
decode_msg(#machine{timers = Timers} = M, {timeout, Ref, Content} = Msg) when is_reference(Ref) ->
    case [Type || {Type, {R, _}} <- maps:to_list(Timers), R =:= Ref] of
        [Type] ->
            {_, TimerContent} = maps:get(Type, Timers),
            handle_event(M#machine{timers = maps:remove(Type, Timers)}, {Type, TimerContent});
        [] ->
            _ = Content,
            handle_event(M, {info, Msg})
    end;
decode_msg(M, Msg) ->
    handle_event(M, {info, Msg}).

system_msg(M, _From, {terminate, Reason}) ->
    terminate(M, undefined, exit, Reason, []);
system_msg(#machine{state = State, data = Data} = M, From, get_state) ->
    gen:reply(From, {State, Data}),
    loop(M);
system_msg(#machine{state = State, data = Data} = M, From, {replace_state, Fun}) ->
    {NewState, NewData} = try Fun({State, Data}) catch _:_ -> {State, Data} end,
    gen:reply(From, {NewState, NewData}),
    loop(M#machine{state = NewState, data = NewData});
system_msg(#machine{state = State, data = Data} = M, From, get_status) ->
    gen:reply(From, {status, self(), {module, ?MODULE},
                     [get(), running, M#machine.parent, [],
                      [{header, "Status for state machine " ++ io_lib:format("~tp", [M#machine.name])},
                       {data, [{"Status", running}, {"Parent", M#machine.parent}]},
                       {data, [{"State", {State, Data}}]}]]}),
    loop(M);
system_msg(M, From, _Other) ->
    gen:reply(From, ok),
    loop(M).

%% Handles one event: calls the state callback and carries out its result.
handle_event(#machine{state = State, data = Data} = M0, {Type, Content} = Event) ->
    M = cancel_event_timeout(M0),
    loop_state_callback(M, M#machine.mod, M#machine.mode, State, Data, Type, Content,
                        Event, event, undefined, []).

cancel_event_timeout(M) -> M#machine{event_timeout = infinity}.

%% Calls the state callback for an event (Kind event) or a state enter call
%% (Kind enter, with the old state and the timer actions of the transition).
%% The callback is called on the lines OTP 25's gen_statem.erl reports for
%% it (the line after -file(F, N) is line N + 1), and the result is handled
%% after the try, so that this frame is the only one of gen_statem's in a
%% crashed callback's stacktrace, as in OTP.
-file("gen_statem.erl", 1423).
loop_state_callback(M, Mod, Mode, State, Data, Type, Content, Event, Kind, OldState, TimerActions) ->
    Result = try
                 case Mode of state_functions -> {ok, Mod:State(Type, Content, Data)};
                     %% (handle_event_function: on OTP's line too)
                     handle_event_function -> {ok, Mod:handle_event(Type, Content, State, Data)}
                 end
             catch
                 throw:Value -> {ok, Value};
                 Class:Reason:Stacktrace -> {'EXIT', Class, Reason, Stacktrace}
             end,
    case Result of
        {ok, Return} when Kind =:= event -> event_result(M, Event, Return);
        {ok, Return} -> enter_result(M, OldState, Return, TimerActions);
        {'EXIT', C, R, St} -> terminate(M, Event, C, R, St)
    end.

%% The result of an event callback.
event_result(#machine{state = State, data = Data} = M, Event, Result) ->
    case Result of
        {next_state, NextState, NewData} ->
            transition(M, Event, NextState, NewData, [], next_state, true);
        {next_state, NextState, NewData, Actions} ->
            transition(M, Event, NextState, NewData, listify(Actions), next_state, true);
        {keep_state, NewData} ->
            transition(M, Event, State, NewData, [], keep_state, true);
        {keep_state, NewData, Actions} ->
            transition(M, Event, State, NewData, listify(Actions), keep_state, true);
        keep_state_and_data ->
            transition(M, Event, State, Data, [], keep_state, true);
        {keep_state_and_data, Actions} ->
            transition(M, Event, State, Data, listify(Actions), keep_state, true);
        {repeat_state, NewData} ->
            transition(M, Event, State, NewData, [], repeat_state, true);
        {repeat_state, NewData, Actions} ->
            transition(M, Event, State, NewData, listify(Actions), repeat_state, true);
        repeat_state_and_data ->
            transition(M, Event, State, Data, [], repeat_state, true);
        {repeat_state_and_data, Actions} ->
            transition(M, Event, State, Data, listify(Actions), repeat_state, true);
        {stop, Reason} ->
            terminate(M, Event, exit, Reason, []);
        {stop, Reason, NewData} ->
            terminate(M#machine{data = NewData}, Event, exit, Reason, []);
        {stop_and_reply, Reason, Replies} ->
            stop_and_reply(M, Event, Reason, Replies);
        {stop_and_reply, Reason, Replies, NewData} ->
            stop_and_reply(M#machine{data = NewData}, Event, Reason, Replies);
        _ ->
            fail(M, Event, {bad_return_from_state_function, Result})
    end.

%% Terminates with an error of gen_statem's own (a bad return or a bad
%% action), with the stacktrace OTP 25 gives it: the function of OTP's
%% gen_statem.erl that detects it, under proc_lib's frame.
fail(M, Event, {Error, _} = Reason) ->
    {Function, Arity, Line} = case Error of
                                  bad_return_from_state_function -> {loop_state_callback_result, 11, 1580};
                                  bad_state_enter_return_from_state_function -> {loop_state_callback_result, 11, 1469};
                                  bad_action_from_state_function -> {loop_actions_list, 13, 1913};
                                  bad_state_enter_action_from_state_function -> {loop_actions_list, 12, 1682}
                              end,
    Stacktrace = [{?MODULE, Function, Arity, [{file, "gen_statem.erl"}, {line, Line}]},
                  {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}],
    terminate(M, Event, error, Reason, Stacktrace).

stop_and_reply(M, Event, Reason, Replies) ->
    case send_replies(listify(Replies)) of
        ok -> terminate(M, Event, exit, Reason, []);
        {bad, Bad} -> fail(M, Event, {bad_action_from_state_function, Bad})
    end.

send_replies([]) -> ok;
send_replies([{reply, From, Reply} | Rest]) -> gen:reply(From, Reply), send_replies(Rest);
send_replies([Bad | _]) -> {bad, Bad}.

%% Moves to NextState with NewData and carries out Actions. Kind is init,
%% next_state, keep_state or repeat_state; AllowEvents says whether postpone
%% and next_event are allowed (not in init/1 for postpone, never in enter
%% calls).
transition(#machine{state = State} = M, Event, NextState, NewData, Actions, Kind, AllowEvents) ->
    case parse_actions(Actions, AllowEvents, Kind, #{postpone => false, events => [], timers => []}) of
        {ok, #{postpone := Postpone, events := NextEvents, timers := TimerActions}} ->
            Changed = (Kind =:= init) orelse NextState =/= State,
            Postponed0 = case Postpone of
                             true -> [Event | M#machine.postponed];
                             false -> M#machine.postponed
                         end,
            {Queue, Postponed} =
                case Changed andalso Kind =/= init of
                    true -> {lists:reverse(NextEvents, lists:reverse(Postponed0, M#machine.queue)), []};
                    false -> {lists:reverse(NextEvents, M#machine.queue), Postponed0}
                end,
            Timers0 = case Changed andalso Kind =/= init of
                          true -> cancel_timer(state_timeout, M#machine.timers);
                          false -> M#machine.timers
                      end,
            M1 = M#machine{state = NextState, data = NewData, queue = Queue,
                           postponed = Postponed, timers = Timers0},
            Enter = M#machine.enter andalso (Changed orelse Kind =:= repeat_state),
            case Enter of
                true -> enter_call(M1, State, Kind, lists:reverse(TimerActions));
                false -> after_transition(M1, lists:reverse(TimerActions))
            end;
        {bad, Bad} ->
            fail(M#machine{data = NewData}, Event, {bad_action_from_state_function, Bad})
    end.

%% The state enter call: Module:State(enter, OldState, Data). It may not
%% change the state, postpone or insert events.
enter_call(#machine{state = State, data = Data} = M, OldState0, Kind, TimerActions) ->
    OldState = case Kind of
                   init -> State;
                   _ -> OldState0
               end,
    loop_state_callback(M, M#machine.mod, M#machine.mode, State, Data, enter, OldState,
                        {enter, OldState}, enter, OldState, TimerActions).

enter_result(#machine{state = State, data = Data} = M, OldState, Result, TimerActions) ->
    Event = {enter, OldState},
    Next = fun(NewData, Actions) ->
                   case parse_actions(listify(Actions), false, enter,
                                      #{postpone => false, events => [], timers => []}) of
                       {ok, #{timers := More}} ->
                           after_transition(M#machine{data = NewData},
                                            TimerActions ++ lists:reverse(More));
                       {bad, Bad} ->
                           fail(M#machine{data = NewData}, Event,
                                {bad_state_enter_action_from_state_function, Bad})
                   end
           end,
    case Result of
        {next_state, State, NewData} -> Next(NewData, []);
        {next_state, State, NewData, Actions} -> Next(NewData, Actions);
        {keep_state, NewData} -> Next(NewData, []);
        {keep_state, NewData, Actions} -> Next(NewData, Actions);
        keep_state_and_data -> Next(Data, []);
        {keep_state_and_data, Actions} -> Next(Data, Actions);
        {repeat_state, NewData} -> enter_call(M#machine{data = NewData}, OldState, repeat_state, TimerActions);
        {repeat_state, NewData, _Actions} -> enter_call(M#machine{data = NewData}, OldState, repeat_state, TimerActions);
        repeat_state_and_data -> enter_call(M, OldState, repeat_state, TimerActions);
        {repeat_state_and_data, _Actions} -> enter_call(M, OldState, repeat_state, TimerActions);
        {stop, Reason} -> terminate(M, Event, exit, Reason, []);
        {stop, Reason, NewData} -> terminate(M#machine{data = NewData}, Event, exit, Reason, []);
        {stop_and_reply, Reason, Replies} -> stop_and_reply(M, Event, Reason, Replies);
        {stop_and_reply, Reason, Replies, NewData} ->
            stop_and_reply(M#machine{data = NewData}, Event, Reason, Replies);
        _ ->
            fail(M, Event, {bad_state_enter_return_from_state_function, Result})
    end.

%% Starts and cancels timers, then waits for the next event. The event
%% timeout only runs when no event is queued.
after_transition(M, TimerActions) ->
    M1 = lists:foldl(fun apply_timer/2, M, TimerActions),
    loop(M1).

apply_timer({timeout, Time, Content, _Opts}, M) ->
    case M#machine.queue of
        [] when Time =:= infinity -> M#machine{event_timeout = infinity};
        [] -> M#machine{event_timeout = {Time, Content}};
        _ -> M#machine{event_timeout = infinity}
    end;
apply_timer({cancel, Type}, M) ->
    M#machine{timers = cancel_timer(Type, M#machine.timers)};
apply_timer({update, Type, Content}, #machine{timers = Timers} = M) ->
    case maps:find(Type, Timers) of
        {ok, {Ref, _}} -> M#machine{timers = Timers#{Type => {Ref, Content}}};
        error -> M#machine{queue = M#machine.queue ++ [{Type, Content}]}
    end;
apply_timer({Type, infinity, _Content, _Opts}, M) ->
    M#machine{timers = cancel_timer(Type, M#machine.timers)};
apply_timer({Type, Time, Content, Opts}, #machine{timers = Timers} = M) ->
    Timers1 = cancel_timer(Type, Timers),
    Abs = proplists:get_value(abs, Opts, false),
    case Time of
        0 when not Abs ->
            M#machine{timers = Timers1, queue = M#machine.queue ++ [{Type, Content}]};
        _ ->
            Ref = erlang:start_timer(Time, self(), Content, [{abs, Abs}]),
            M#machine{timers = Timers1#{Type => {Ref, Content}}}
    end.

cancel_timer(Type, Timers) ->
    case maps:find(Type, Timers) of
        {ok, {Ref, _}} ->
            _ = erlang:cancel_timer(Ref),
            receive {timeout, Ref, _} -> ok after 0 -> ok end,
            maps:remove(Type, Timers);
        error ->
            Timers
    end.

%% Sorts the actions: replies are sent at once, postpone and next_event are
%% collected, timer actions are kept in order as {Type, Time, Content, Opts},
%% {cancel, Type} or {update, Type, Content}.
parse_actions([], _AllowEvents, _Kind, Acc) ->
    {ok, Acc};
parse_actions([Action | Rest], AllowEvents, Kind, Acc) ->
    case parse_action(Action, AllowEvents, Kind, Acc) of
        {ok, Acc1} -> parse_actions(Rest, AllowEvents, Kind, Acc1);
        bad -> {bad, Action}
    end.

parse_action({reply, From, Reply}, _, _, Acc) ->
    gen:reply(From, Reply),
    {ok, Acc};
parse_action(postpone, AllowEvents, Kind, Acc) ->
    parse_action({postpone, true}, AllowEvents, Kind, Acc);
parse_action({postpone, Postpone}, AllowEvents, Kind, Acc) when is_boolean(Postpone) ->
    case (AllowEvents andalso Kind =/= init) orelse not Postpone of
        true -> {ok, Acc#{postpone := Postpone}};
        false -> bad
    end;
parse_action({next_event, Type, Content}, true, _, #{events := Events} = Acc) ->
    case event_type(Type) of
        true -> {ok, Acc#{events := [{Type, Content} | Events]}};
        false -> bad
    end;
parse_action(hibernate, _, _, Acc) -> {ok, Acc};
parse_action({hibernate, Bool}, _, _, Acc) when is_boolean(Bool) -> {ok, Acc};
parse_action(Time, _, _, Acc) when is_integer(Time), Time >= 0; Time =:= infinity ->
    add_timer({timeout, Time, Time, []}, Acc);
parse_action({timeout, Time, Content}, _, _, Acc) ->
    timer_action(timeout, Time, Content, [], Acc);
parse_action({timeout, Time, Content, Opts}, _, _, Acc) ->
    timer_action(timeout, Time, Content, Opts, Acc);
parse_action({Type, cancel}, _, _, Acc) when Type =:= state_timeout; element(1, Type) =:= timeout ->
    add_timer({cancel, Type}, Acc);
parse_action({Type, update, Content}, _, _, Acc) when Type =:= state_timeout; element(1, Type) =:= timeout ->
    add_timer({update, Type, Content}, Acc);
parse_action({Type, Time, Content}, _, _, Acc) when Type =:= state_timeout; element(1, Type) =:= timeout ->
    timer_action(Type, Time, Content, [], Acc);
parse_action({Type, Time, Content, Opts}, _, _, Acc) when Type =:= state_timeout; element(1, Type) =:= timeout ->
    timer_action(Type, Time, Content, Opts, Acc);
parse_action(_, _, _, _) ->
    bad.

timer_action(Type, Time, Content, Opts, Acc)
  when (is_integer(Time) andalso Time >= 0) orelse Time =:= infinity, is_list(Opts) ->
    case Type of
        {timeout, _} -> add_timer({Type, Time, Content, Opts}, Acc);
        state_timeout -> add_timer({Type, Time, Content, Opts}, Acc);
        timeout -> add_timer({timeout, Time, Content, Opts}, Acc)
    end;
timer_action(Type, Time, Content, Opts, Acc) when is_integer(Time), is_list(Opts) ->
    case proplists:get_value(abs, Opts, false) of
        true -> add_timer({Type, Time, Content, Opts}, Acc);
        false -> bad
    end;
timer_action(_, _, _, _, _) ->
    bad.

add_timer(Timer, #{timers := Timers} = Acc) -> {ok, Acc#{timers := [Timer | Timers]}}.

event_type({call, {Pid, _}}) when is_pid(Pid) -> true;
event_type(cast) -> true;
event_type(info) -> true;
event_type(timeout) -> true;
event_type(state_timeout) -> true;
event_type({timeout, _}) -> true;
event_type(internal) -> true;
event_type(_) -> false.

%% ---------------------------------------------------------------------
%% Terminating

%% terminate/3 gets the bare reason, also for an error (unlike gen_server's
%% terminate/2); the process exits with {Reason, Stacktrace} for an error.
terminate(#machine{mod = Mod, state = State, data = Data} = M, Event, Class, Reason, Stacktrace) ->
    case try_terminate(Mod, Reason, State, Data) of
        {'EXIT', C, R, S} ->
            error_info(M, Event, C, R, S),
            erlang:raise(C, R, S);
        ok ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ -> error_info(M, Event, Class, Reason, Stacktrace)
            end
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

try_terminate(Mod, Reason, State, Data) ->
    try Mod:terminate(Reason, State, Data) of
        _ -> ok
    catch
        throw:_ -> ok;
        error:undef:Stacktrace ->
            case Stacktrace of
                [{Mod, terminate, [Reason, State, Data], _} | _] -> ok;
                _ -> {'EXIT', error, undef, Stacktrace}
            end;
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

%% OTP's "State machine terminating" report.
error_info(#machine{name = Name, mod = Mod, mode = Mode, enter = Enter,
                    state = State, data = Data, queue = Queue,
                    postponed = Postponed}, Event, Class, Reason, Stacktrace) ->
    ModeText = case Enter of
                   true -> [Mode, state_enter];
                   false -> Mode
               end,
    {EventFormat, EventArgs} = case Event of
                                   undefined -> {"", []};
                                   _ -> {"** Last event = ~tp~n", [Event]}
                               end,
    {QueueFormat, QueueArgs} = case Queue of
                                   [] -> {"", []};
                                   _ -> {"** Queued = ~tp~n", [Queue]}
                               end,
    {PostFormat, PostArgs} = case Postponed of
                                 [] -> {"", []};
                                 _ -> {"** Postponed = ~tp~n", [Postponed]}
                             end,
    {StackFormat, StackArgs} = case Stacktrace of
                                   [] -> {"", []};
                                   _ -> {"** Stacktrace =~n**  ~tp~n", [Stacktrace]}
                               end,
    error_logger:error_msg(
      "** State machine ~tp terminating~n" ++ EventFormat ++
          "** When server state  = ~tp~n"
          "** Reason for termination = ~w:~tp~n"
          "** Callback modules = ~tp~n"
          "** Callback mode = ~tp~n" ++ QueueFormat ++ PostFormat ++ StackFormat,
      [Name] ++ EventArgs ++ [{State, Data}, Class, Reason, [Mod], ModeText]
      ++ QueueArgs ++ PostArgs ++ StackArgs).

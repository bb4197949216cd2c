%% gen_server: the generic server behaviour, written from the OTP 25
%% documentation and from what OTP 25 does as seen from outside.
%%
%% Supported: start/3,4, start_link/3,4, start_monitor/3,4 with {local, Name},
%% {global, Name} and {via, Mod, Name} names and the {timeout, T} option; call/2,3, cast/2,
%% reply/2, stop/1,3, abcast/2,3 (this node only), send_request/2 with
%% wait_response/2, receive_response/2 and check_response/2, enter_loop/3,4,5;
%% the callbacks init/1, handle_call/3, handle_cast/2, handle_info/2
%% (optional), handle_continue/2, terminate/2 (optional) with every return
%% value of the documentation, timeouts, hibernate (which only waits) and
%% {continue, C}; sys:get_state/replace_state and proc_lib:stop.
%%
%% A server that traps exits and gets an 'EXIT' from its parent terminates
%% with the parent's reason. An exception in a callback terminates the server:
%% terminate/2 gets {Reason, Stacktrace} for an error, the reason for an exit,
%% and a throw is taken as the callback's return value.
%%
%% Reports are written to standard_error (see error_logger): "Generic server
%% terminating" as OTP prints it, and proc_lib's crash report.
%%
%% multi_call/2,3,4 and behaviour_info/1 too.
%%
%% Not supported: the debug options,
%% hibernate_after, code_change/3 and format_status/1,2 (never called).
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3,
         start_monitor/4, call/2, call/3, cast/2, reply/2, stop/1, stop/3,
         abcast/2, abcast/3, send_request/2, wait_response/2,
         receive_response/2, check_response/2, enter_loop/3, enter_loop/4,
         enter_loop/5, init_it/6, multi_call/2, multi_call/3, multi_call/4,
         behaviour_info/1]).

behaviour_info(callbacks) ->
    [{init, 1}, {handle_call, 3}, {handle_cast, 2}, {handle_info, 2},
     {handle_continue, 2}, {terminate, 2}, {code_change, 3}, {format_status, 2},
     {format_status, 1}];
behaviour_info(optional_callbacks) ->
    [{handle_info, 2}, {handle_continue, 2}, {terminate, 2}, {code_change, 3},
     {format_status, 1}, {format_status, 2}].

%% The fixed part of a running server's state.
-record(server, {parent,   % the pid of the process that started it (or itself)
                 name,     % the registered name, or its pid (for reports)
                 mod}).    % the callback module

%% ---------------------------------------------------------------------
%% API

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).

start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).

start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

%% A failed call exits from OTP's lines (370 and 385), and a waiting caller's
%% frame is on OTP's line too (366 and 381).
-file("gen_server.erl", 364).
call(Server, Request) ->
    try gen:call(Server, '$gen_call', Request) of
        {ok, Reply} -> Reply
    catch
        exit:Reason ->
            exit({Reason, {?MODULE, call, [Server, Request]}})
    end.

-file("gen_server.erl", 379).
call(Server, Request, Timeout) ->
    try gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Reply} -> Reply
    catch
        exit:Reason ->
            exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

cast(Server, Request) ->
    gen:send(Server, {'$gen_cast', Request}).

reply(From, Reply) -> gen:reply(From, Reply).

stop(Server) -> proc_lib:stop(Server).
stop(Server, Reason, Timeout) -> proc_lib:stop(Server, Reason, Timeout).

%% Calls the server registered as Name on each node (only this one exists):
%% {[{Node, Reply}], BadNodes}, a node being bad when no server answers.
multi_call(Name, Request) -> multi_call([node()], Name, Request, infinity).
multi_call(Nodes, Name, Request) -> multi_call(Nodes, Name, Request, infinity).
multi_call(Nodes, Name, Request, Timeout) when is_list(Nodes), is_atom(Name) ->
    Results = [{Node, multi_call_one(Node, Name, Request, Timeout)} || Node <- Nodes],
    {[{Node, Reply} || {Node, {ok, Reply}} <- Results],
     [Node || {Node, bad} <- Results]}.

multi_call_one(Node, Name, Request, Timeout) when Node =:= node() ->
    try gen:call(Name, '$gen_call', Request, Timeout) of
        {ok, Reply} -> {ok, Reply}
    catch exit:_ -> bad
    end;
multi_call_one(_Node, _Name, _Request, _Timeout) ->
    bad.

abcast(Name, Request) -> abcast([node()], Name, Request).
abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    [gen:send({Name, Node}, {'$gen_cast', Request}) || Node <- Nodes],
    abcast.

%% Asynchronous requests (see gen:send_request/3).
send_request(Server, Request) -> gen:send_request(Server, '$gen_call', Request).
wait_response(ReqId, Timeout) -> gen:wait_response(ReqId, Timeout).
receive_response(ReqId, Timeout) -> gen:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen:check_response(Msg, ReqId).

%% Turns the calling process (started by proc_lib) into a server.
enter_loop(Mod, Opts, State) ->
    enter_loop(Mod, Opts, State, self(), infinity).

enter_loop(Mod, Opts, State, {Kind, _} = ServerName) when Kind =:= local; Kind =:= global ->
    enter_loop(Mod, Opts, State, ServerName, infinity);
enter_loop(Mod, Opts, State, {via, _, _} = ServerName) ->
    enter_loop(Mod, Opts, State, ServerName, infinity);
enter_loop(Mod, Opts, State, Timeout) ->
    enter_loop(Mod, Opts, State, self(), Timeout).

enter_loop(Mod, _Opts, State, ServerName, Timeout) ->
    Name = case ServerName of
               Pid when is_pid(Pid) -> Pid;
               _ -> gen:name(ServerName)
           end,
    Server = #server{parent = gen:get_parent(), name = Name, mod = Mod},
    loop(Server, State, Timeout).

%% ---------------------------------------------------------------------
%% Starting (in the new process, called by gen:init_it/7)
%%
%% Line numbers: the -file attributes give the frames of the functions that
%% call the callbacks (init_it/6, init_it/2, handle_msg/6, try_handle_call/4,
%% try_dispatch/4) the lines OTP 25's gen_server.erl reports, so that a
%% crashed server's stacktrace has OTP's frames. The line after
%% -file(F, N) is line N + 1.

-file("gen_server.erl", 811).
init_it(Starter, Parent, Name, Mod, Args, _Opts) ->
    Server = #server{parent = Parent, name = Name, mod = Mod},
    case init_it(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Server, State, infinity);
        {ok, {ok, State, Timeout}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Server, State, Timeout);
        {ok, {stop, Reason}} ->
            init_failed(Starter, Name, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            init_failed(Starter, Name, ignore),
            exit(normal);
        {ok, Other} ->
            Reason = {bad_return_value, Other},
            init_failed(Starter, Name, {error, Reason}),
            exit(Reason);
        {'EXIT', Class, Reason, Stacktrace} ->
            init_failed(Starter, Name, {error, terminate_reason(Class, Reason, Stacktrace)}),
            erlang:raise(Class, Reason, Stacktrace)
    end.

%% init/1's result, {ok, Result} (a throw is a result too) or the exception.
-file("gen_server.erl", 849).
init_it(Mod, Args) ->
    try {ok, Mod:init(Args)}
    catch
        throw:Value -> {ok, Value};
        Class:Reason:Stacktrace -> {'EXIT', Class, Reason, Stacktrace}
    end.

%% The name is freed before the starter hears of the failure, so that it can
%% start the server again at once.
init_failed(Starter, Name, Return) ->
    case is_pid(Name) of
        true -> ok;
        false -> catch unregister(Name)
    end,
    proc_lib:init_ack(Starter, Return).

%% ---------------------------------------------------------------------
%% The server loop

%% Timeout is a time in milliseconds or infinity, hibernate, or
%% {continue, Continue} to call handle_continue/2 before the next message.
loop(Server, State, {continue, Continue}) ->
    Msg = {continue, Continue},
    Reply = try_dispatch(Server#server.mod, handle_continue, Continue, State),
    handle_common_reply(Reply, undefined, Msg, Server, State);
loop(Server, State, hibernate) ->
    loop(Server, State, infinity);
loop(Server, State, Timeout) ->
    Msg = receive Input -> Input after Timeout -> timeout end,
    decode_msg(Msg, Server, State, Timeout).

decode_msg({system, From, Request}, Server, State, Timeout) ->
    system_msg(Request, From, Server, State, Timeout);
decode_msg({'EXIT', Parent, Reason} = Msg, #server{parent = Parent} = Server, State, _) ->
    terminate(exit, Reason, [], Msg, undefined, Server, State);
decode_msg({'$gen_call', From, Request} = Msg, Server, State, _Timeout) ->
    handle_msg(call, Msg, From, Request, Server, State);
decode_msg({'$gen_cast', Request} = Msg, Server, State, _Timeout) ->
    handle_msg(handle_cast, Msg, undefined, Request, Server, State);
decode_msg(Msg, Server, State, _Timeout) ->
    handle_msg(handle_info, Msg, undefined, Msg, Server, State).

%% Kind is call, handle_cast or handle_info; Msg is the message as received.
-file("gen_server.erl", 1176).
handle_msg(call, _Msg, From, Request, #server{mod = Mod} = Server, State) ->
    case try_handle_call(Mod, Request, From, State) of
        {ok, {reply, Reply, NewState}} ->
            reply(From, Reply),
            loop(Server, NewState, infinity);
        {ok, {reply, Reply, NewState, Timeout}} ->
            reply(From, Reply),
            loop(Server, NewState, Timeout);
        {ok, {stop, Reason, Reply, NewState}} ->
            try terminate(exit, Reason, [], Request, From, Server, NewState)
            after reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, From, Request, Server, State)
    end;
%% (These lines keep the
%%  dispatch below on the
%%  line OTP reports for it.)
%%
%%
%%
%%
handle_msg(Callback, Msg, _From, Request, #server{mod = Mod} = Server, State) ->
    Reply = try_dispatch(Mod, Callback, Request, State),
    handle_common_reply(Reply, undefined, Msg, Server, State).

handle_common_reply(Reply, From, Msg, Server, State) ->
    case Reply of
        {ok, {noreply, NewState}} ->
            loop(Server, NewState, infinity);
        {ok, {noreply, NewState, Timeout}} ->
            loop(Server, NewState, Timeout);
        {ok, {stop, Reason, NewState}} ->
            terminate(exit, Reason, [], Msg, From, Server, NewState);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Msg, From, Server, State);
        {ok, BadReply} ->
            terminate(exit, {bad_return_value, BadReply}, [], Msg, From, Server, State)
    end.

-file("gen_server.erl", 1147).
try_handle_call(Mod, Request, From, State) ->
    try {ok, Mod:handle_call(Request, From, State)}
    catch
        throw:Value -> {ok, Value};
        Class:Reason:Stacktrace -> {'EXIT', Class, Reason, Stacktrace}
    end.

%% handle_info/2 is optional: a message to a module without it is reported
%% and dropped.
-file("gen_server.erl", 1121).
try_dispatch(Mod, Callback, Msg, State) ->
    try {ok, Mod:Callback(Msg, State)}
    catch
        throw:Value ->
            {ok, Value};
        error:undef:Stacktrace when Callback =:= handle_info ->
            case Stacktrace of
                [{Mod, handle_info, [Msg, State], _} | _] ->
                    error_logger:warning_msg("** Undefined handle_info in ~p~n"
                                             "** Unhandled message: ~tp~n", [Mod, Msg]),
                    {ok, {noreply, State}};
                _ ->
                    {'EXIT', error, undef, Stacktrace}
            end;
        Class:Reason:Stacktrace ->
            {'EXIT', Class, Reason, Stacktrace}
    end.

%% ---------------------------------------------------------------------
%% System messages (sys and proc_lib:stop)

system_msg({terminate, Reason}, _From, Server, State, _Timeout) ->
    terminate(exit, Reason, [], [], undefined, Server, State);
system_msg(get_state, From, Server, State, Timeout) ->
    gen:reply(From, State),
    loop(Server, State, Timeout);
system_msg({replace_state, Fun}, From, Server, State, Timeout) ->
    NewState = try Fun(State) catch _:_ -> State end,
    gen:reply(From, NewState),
    loop(Server, NewState, Timeout);
system_msg(get_status, From, #server{mod = Mod} = Server, State, Timeout) ->
    gen:reply(From, {status, self(), {module, ?MODULE},
                     [get(), running, Server#server.parent, [],
                      [{header, "Status for generic server " ++ name_text(Server)},
                       {data, [{"Status", running}, {"Parent", Server#server.parent}]},
                       {data, [{"State", State}]}, {callback, Mod}]]}),
    loop(Server, State, Timeout);
system_msg(_Other, From, Server, State, Timeout) ->
    gen:reply(From, ok),
    loop(Server, State, Timeout).

name_text(#server{name = Name}) -> io_lib:format("~tp", [Name]).

%% ---------------------------------------------------------------------
%% Terminating

%% Calls terminate/2 (when the module has it), reports an abnormal end and
%% exits with the reason. Never returns.
terminate(Class, Reason, Stacktrace, Msg, From, #server{mod = Mod} = Server, State) ->
    TermReason = terminate_reason(Class, Reason, Stacktrace),
    case try_terminate(Mod, TermReason, State) of
        {'EXIT', C, R, S} ->
            error_info({R, S}, Msg, From, Server, State),
            erlang:raise(C, R, S);
        ok ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ -> error_info(TermReason, Msg, From, Server, State)
            end
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

terminate_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
terminate_reason(exit, Reason, _Stacktrace) -> Reason;
terminate_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

try_terminate(Mod, Reason, State) ->
    try Mod:terminate(Reason, State) of
        _ -> ok
    catch
        throw:_ -> ok;
        error:undef:Stacktrace ->
            case Stacktrace of
                [{Mod, terminate, [Reason, State], _} | _] -> ok;
                _ -> {'EXIT', error, undef, Stacktrace}
            end;
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

%% OTP's "Generic server terminating" report.
error_info(Reason, Msg, From, #server{name = Name}, State) ->
    {ClientFormat, ClientArgs} = client_info(From),
    error_logger:error_msg("** Generic server ~tp terminating \n"
                           "** Last message in was ~tp~n"
                           "** When Server state == ~tp~n"
                           "** Reason for termination ==~n"
                           "** ~tp~n" ++ ClientFormat,
                           [Name, Msg, State, Reason] ++ ClientArgs).

%% The client part of the report, as {Format, Args}: its stacktrace when it
%% is alive, or that it is dead. Asked once, so that the two always agree.
client_info({Pid, _Tag}) when is_pid(Pid) ->
    case erlang:process_info(Pid, current_stacktrace) of
        {current_stacktrace, Stacktrace} ->
            {"** Client ~tp stacktrace~n** ~tp~n", [Pid, Stacktrace]};
        undefined ->
            {"** Client ~p is dead~n", [Pid]}
    end;
client_info(_) -> {"", []}.

%% proc_lib: starting processes the OTP way, written from the OTP 25
%% documentation.
%%
%% A process started here records its ancestors ('$ancestors': the parent,
%% by registered name when it has one, then the parent's ancestors) and its
%% initial call ('$initial_call') in its dictionary, and when it dies with a
%% reason other than normal, shutdown or {shutdown, _} it writes a crash
%% report (to standard_error, see error_logger) before exiting. An error or
%% a throw becomes an exit, as in OTP: error:R ends the process with
%% {R, Stacktrace}, throw:R with {{nocatch, R}, Stacktrace}.
%%
%% start/3,4 and start_link/3,4 wait for the new process to call init_ack/1,2.
%%
%% Deviation from OTP: the crash report lists the process's state but not
%% its heap size, stack size, reductions or neighbours, and shows the
%% exception as Class: Reason rather than erl_error's text with the stack.
-module(proc_lib).

-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3, spawn_opt/2,
         spawn_opt/4, start/3, start/4, start/5, start_link/3,
         start_link/4, start_link/5, start_monitor/3, start_monitor/4,
         start_monitor/5, init_ack/1, init_ack/2, init_p/3, init_p/5,
         stop/1, stop/3, initial_call/1, translate_initial_call/1]).

%% ---------------------------------------------------------------------
%% Spawning

spawn(Fun) when is_function(Fun, 0) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn(?MODULE, init_p, [Parent, Ancestors, Fun]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn(?MODULE, init_p, [Parent, Ancestors, M, F, A]).

spawn_link(Fun) when is_function(Fun, 0) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn_link(?MODULE, init_p, [Parent, Ancestors, Fun]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn_link(?MODULE, init_p, [Parent, Ancestors, M, F, A]).

spawn_opt(Fun, Opts) when is_function(Fun, 0) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn_opt(?MODULE, init_p, [Parent, Ancestors, Fun], Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = my_name(),
    Ancestors = ancestors(),
    erlang:spawn_opt(?MODULE, init_p, [Parent, Ancestors, M, F, A], Opts).

%% A child's parent is this process, by name when it is registered; the
%% child's ancestors are its parent and the parent's ancestors.
my_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        List when is_list(List) -> List;
        _ -> []
    end.

init_p(Parent, Ancestors, Fun) when is_function(Fun) ->
    put('$ancestors', [Parent | Ancestors]),
    {module, M} = erlang:fun_info(Fun, module),
    {name, F} = erlang:fun_info(Fun, name),
    put('$initial_call', {M, F, 0}),
    init_p_do_apply(erlang, apply, [Fun, []]).

init_p(Parent, Ancestors, M, F, A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', {M, F, length(A)}),
    init_p_do_apply(M, F, A).

%% The frame of this function has the line OTP 25's proc_lib.erl reports
%% (the line after -file(F, N) is line N + 1).
-file("proc_lib.erl", 238).
init_p_do_apply(M, F, A) ->
    try apply(M, F, A)
    catch Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

%% Reports the crash (unless the reason is a quiet one) and exits.
exit_p(Class, Reason, Stacktrace) ->
    ExitReason = exit_reason(Class, Reason, Stacktrace),
    case quiet(ExitReason) of
        true -> ok;
        false -> crash_report(Class, Reason)
    end,
    erlang:raise(exit, ExitReason, Stacktrace).

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _Stacktrace) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

quiet(normal) -> true;
quiet(shutdown) -> true;
quiet({shutdown, _}) -> true;
quiet(_) -> false.

crash_report(Class, Reason) ->
    {M, F, A} = case get('$initial_call') of
                    {_, _, _} = Call -> Call;
                    _ -> {erlang, apply, 2}
                end,
    Info = fun(Key) ->
                   case catch erlang:process_info(self(), Key) of
                       {Key, Value} -> Value;
                       _ -> []
                   end
           end,
    Text = io_lib:format(
             "  crasher:~n"
             "    initial call: ~tw:~tw/~w~n"
             "    pid: ~p~n"
             "    registered_name: ~tp~n"
             "    exception ~w: ~tp~n"
             "    ancestors: ~tp~n"
             "    message_queue_len: ~tp~n"
             "    messages: ~tp~n"
             "    links: ~tp~n"
             "    dictionary: ~tp~n"
             "    trap_exit: ~tp~n"
             "    status: running~n"
             "  neighbours:~n",
             [M, F, A, self(), Info(registered_name), Class, Reason,
              get_ancestors(), Info(message_queue_len), Info(messages),
              Info(links), user_dictionary(), Info(trap_exit)]),
    error_logger:report(crash, Text).

get_ancestors() ->
    case get('$ancestors') of
        List when is_list(List) -> List;
        _ -> []
    end.

%% The dictionary without proc_lib's own entries, as OTP's report shows it.
user_dictionary() ->
    [KV || {K, _} = KV <- get(), K =/= '$ancestors', K =/= '$initial_call'].

%% ---------------------------------------------------------------------
%% Synchronous starts

start(M, F, A) -> start(M, F, A, infinity).
start(M, F, A, Timeout) -> start(M, F, A, Timeout, []).
start(M, F, A, Timeout, SpawnOpts) ->
    Pid = ?MODULE:spawn_opt(M, F, A, SpawnOpts),
    Ref = erlang:monitor(process, Pid),
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        kill_flush(Pid),
        {error, timeout}
    end.

start_link(M, F, A) -> start_link(M, F, A, infinity).
start_link(M, F, A, Timeout) -> start_link(M, F, A, Timeout, []).
%% Without trap_exit, a child that dies before acknowledging takes the
%% caller with it through the link, as in OTP.
start_link(M, F, A, Timeout, SpawnOpts) ->
    Pid = ?MODULE:spawn_opt(M, F, A, [link | SpawnOpts]),
    receive
        {ack, Pid, Return} -> Return;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity).
start_monitor(M, F, A, Timeout) -> start_monitor(M, F, A, Timeout, []).
start_monitor(M, F, A, Timeout, SpawnOpts) ->
    Pid = ?MODULE:spawn_opt(M, F, A, SpawnOpts),
    Ref = erlang:monitor(process, Pid),
    receive
        {ack, Pid, Return} -> {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
        kill_flush(Pid),
        {{error, timeout}, Ref}
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

%% ---------------------------------------------------------------------
%% Stopping: the process gets a system terminate message (gen_server,
%% gen_statem and supervisor handle it) and stop waits for it to die.

stop(Process) -> stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Pid = gen:whereis_or_exit(Process),
    Ref = erlang:monitor(process, Pid),
    Pid ! {system, {self(), Ref}, {terminate, Reason}},
    receive
        {'DOWN', Ref, process, Pid, Reason} -> ok;
        {'DOWN', Ref, process, Pid, Other} -> exit(Other)
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        exit(timeout)
    end.

%% ---------------------------------------------------------------------
%% Introspection

initial_call(Process) ->
    case catch erlang:process_info(Process, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind('$initial_call', 1, Dict) of
                {_, {M, F, A}} -> {M, F, [list_to_atom("Argument__" ++ integer_to_list(N))
                                          || N <- lists:seq(1, A)]};
                false -> false
            end;
        _ -> false
    end.

translate_initial_call(Process) ->
    case catch erlang:process_info(Process, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind('$initial_call', 1, Dict) of
                {_, {_, _, _} = MFA} -> MFA;
                false -> {proc_lib, init_p, 5}
            end;
        _ -> {proc_lib, init_p, 5}
    end.

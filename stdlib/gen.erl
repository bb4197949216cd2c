%% gen: what gen_server, gen_statem and supervisor share (OTP keeps the same
%% in its internal gen module): starting a named process through proc_lib,
%% the synchronous call protocol, replies and name lookup.
%%
%% A call sends {Label, {CallerPid, Tag}, Request} and waits for {Tag, Reply}
%% while monitoring the server. Tag is [alias | MonitorRef], where the monitor
%% reference is also an alias of the caller, or the bare monitor reference
%% for a call without a timeout: the shapes OTP 25 uses.
%%
%% {local, Name}, {global, Name} (see global: one node) and
%% {via, Module, Name} names are supported.
-module(gen).

-export([start/5, start/6, init_it/7, call/3, call/4, reply/2,
         where/1, whereis_or_exit/1, send/2, unregister_name/1,
         get_parent/0, name/1, send_request/3, wait_response/2,
         receive_response/2, check_response/2]).

%% ---------------------------------------------------------------------
%% Starting

%% Link is link, monitor or nolink.
start(GenMod, Link, Mod, Args, Opts) ->
    do_spawn(GenMod, Link, self, Mod, Args, Opts).

start(GenMod, Link, Name, Mod, Args, Opts) ->
    case where(Name) of
        undefined -> do_spawn(GenMod, Link, Name, Mod, Args, Opts);
        Pid -> {error, {already_started, Pid}}
    end.

do_spawn(GenMod, Link, Name, Mod, Args, Opts) ->
    Timeout = case lists:keyfind(timeout, 1, Opts) of
                  {timeout, T} -> T;
                  false -> infinity
              end,
    SpawnOpts = case lists:keyfind(spawn_opt, 1, Opts) of
                    {spawn_opt, SO} -> SO;
                    false -> []
                end,
    InitArgs = fun(Parent) -> [GenMod, self(), Parent, Name, Mod, Args, Opts] end,
    case Link of
        link -> proc_lib:start_link(?MODULE, init_it, InitArgs(self()), Timeout, SpawnOpts);
        monitor -> proc_lib:start_monitor(?MODULE, init_it, InitArgs(self), Timeout, SpawnOpts);
        nolink -> proc_lib:start(?MODULE, init_it, InitArgs(self), Timeout, SpawnOpts)
    end.

%% Runs in the new process. Parent is the atom self when the process is not
%% linked to its starter: then it is its own parent.
init_it(GenMod, Starter, self, Name, Mod, Args, Opts) ->
    init_it(GenMod, Starter, self(), Name, Mod, Args, Opts);
init_it(GenMod, Starter, Parent, Name, Mod, Args, Opts) ->
    put('$initial_call', {Mod, init, 1}),
    case register_name(Name) of
        true ->
            GenMod:init_it(Starter, Parent, name(Name), Mod, Args, Opts);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

register_name(self) -> true;
register_name({local, Name}) ->
    try register(Name, self()) of
        true -> true
    catch error:_ -> {false, whereis(Name)}
    end;
register_name({global, Name}) ->
    register_name({via, global, Name});
register_name({via, Mod, Name}) ->
    case Mod:register_name(Name, self()) of
        yes -> true;
        no -> {false, Mod:whereis_name(Name)}
    end.

unregister_name({local, Name}) -> catch unregister(Name), ok;
unregister_name({global, Name}) -> catch global:unregister_name(Name), ok;
unregister_name({via, Mod, Name}) -> catch Mod:unregister_name(Name), ok;
unregister_name(_) -> ok.

%% The name reports use: the registered name, or the pid.
name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(_) -> self().

%% The parent of a process started by proc_lib: its first ancestor.
get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Name | _] when is_atom(Name) ->
            case whereis(Name) of
                undefined -> exit(process_not_alive);
                Pid -> Pid
            end;
        _ -> self()
    end.

%% ---------------------------------------------------------------------
%% Names

%% The pid behind a start name, or undefined.
where({local, Name}) -> whereis(Name);
where({global, Name}) -> global:whereis_name(Name);
where({via, Mod, Name}) -> Mod:whereis_name(Name);
where(self) -> undefined.

%% The pid behind a server reference; exits noproc when there is none.
whereis_or_exit(Pid) when is_pid(Pid) -> Pid;
whereis_or_exit(Name) when is_atom(Name) -> registered_or_exit(whereis(Name));
whereis_or_exit({global, Name}) -> registered_or_exit(global:whereis_name(Name));
whereis_or_exit({Name, Node}) when is_atom(Name), Node =:= node() ->
    registered_or_exit(whereis(Name));
whereis_or_exit({Name, Node}) when is_atom(Name), is_atom(Node) ->
    exit({nodedown, Node});
whereis_or_exit({via, Mod, Name}) -> registered_or_exit(Mod:whereis_name(Name));
whereis_or_exit(_) -> exit(noproc).

registered_or_exit(undefined) -> exit(noproc);
registered_or_exit(Pid) -> Pid.

%% Sends without failing, as casts do.
send(Dest, Msg) ->
    try whereis_or_exit(Dest) of
        Pid -> Pid ! Msg, ok
    catch exit:_ -> ok
    end.

%% ---------------------------------------------------------------------
%% Calls

call(Process, Label, Request) -> call(Process, Label, Request, 5000).

%% {ok, Reply}, or an exit with the bare reason (noproc, timeout,
%% calling_self, or the server's exit reason); the behaviour adds its MFA.
call(Process, Label, Request, Timeout) ->
    Pid = whereis_or_exit(Process),
    case Pid =:= self() of
        true -> exit(calling_self);
        false -> do_call(Pid, Label, Request, Timeout)
    end.

%% As in OTP 25: a call without a timeout tags its request with the bare
%% monitor reference, as it waits until the reply or the 'DOWN' comes. The
%% -file lines put a waiting caller's frame where OTP's is (gen.erl, line 237
%% or 256: the send before the receive).
-file("gen.erl", 233).
do_call(Pid, Label, Request, infinity) ->
    Mref = erlang:monitor(process, Pid),
    Tag = Mref,
    Pid ! {Label, {self(), Tag}, Request},
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end;
%% A call with a timeout monitors the server with a monitor that is also an
%% alias, and tags its request [alias | Mref]: the reply is sent to the alias
%% (reply/2). Ending the monitor (demonitor, or the 'DOWN' message) also
%% deactivates the alias, so a reply that comes after the call timed out is
%% dropped instead of staying in the caller's mailbox forever. A reply that
%% came before the alias was deactivated is already in the mailbox: it is
%% taken as the call's result, as in OTP, even though the timeout had
%% expired. (These comment lines also keep the send below on line 256,
%% where OTP's is.)
do_call(Pid, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    Pid ! {Label, {self(), [alias | Mref]}, Request},
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 -> exit(timeout)
        end
    end.

%% A reply tagged with an alias goes to the alias (and is dropped when the
%% caller gave up); any other goes to the pid (or name) of the caller.
-file("gen.erl", 531).
reply({_To, [alias | Alias] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    try To ! {Tag, Reply} of
        _ -> ok
    catch
        error:_ -> ok
    end.

%% ---------------------------------------------------------------------
%% Asynchronous requests: the request id is the monitor reference, which is
%% also an alias that the reply is sent to (see gen:do_call/4). When
%% receive_response/2 gives up, it deactivates the alias: a late reply is
%% dropped. wait_response/2 leaves it active, to be waited for again.
send_request(Server, Label, Request) ->
    Pid = try gen:whereis_or_exit(Server) catch exit:_ -> undefined end,
    case Pid of
        undefined ->
            Ref = make_ref(),
            self() ! {'DOWN', Ref, process, Server, noproc},
            Ref;
        _ ->
            Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
            Pid ! {Label, {self(), [alias | Mref]}, Request},
            Mref
    end.

wait_response(ReqId, Timeout) ->
    receive
        {[alias | ReqId], Reply} ->
            erlang:demonitor(ReqId, [flush]),
            {reply, Reply};
        {'DOWN', ReqId, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout -> timeout
    end.

receive_response(ReqId, Timeout) ->
    case wait_response(ReqId, Timeout) of
        timeout ->
            erlang:demonitor(ReqId, [flush]),
            timeout;
        Other -> Other
    end.

check_response({[alias | ReqId], Reply}, ReqId) ->
    erlang:demonitor(ReqId, [flush]),
    {reply, Reply};
check_response({'DOWN', ReqId, _, Object, Reason}, ReqId) ->
    {error, {Reason, Object}};
check_response(_, _) -> no_reply.

%% global: the global name registry of one node, written from the OTP 25
%% documentation.
%%
%% swerl runs a single node, so a global name is a node-wide name that may be
%% any term. The names are kept by a registry process (registered locally as
%% global_name_server, started on first use) that monitors each registered
%% process and drops its names when it dies, as OTP does.
%%
%% Supported: register_name/2,3, re_register_name/2,3 (the resolve function
%% is never needed on one node), unregister_name/1, whereis_name/1, send/2,
%% registered_names/0, sync/0. Not supported: locks (set_lock, trans) and
%% anything about other nodes.
-module(global).

-export([register_name/2, register_name/3, re_register_name/2,
         re_register_name/3, unregister_name/1, whereis_name/1, send/2,
         registered_names/0, sync/0]).

register_name(Name, Pid) when is_pid(Pid) -> request({register, Name, Pid, false}).
register_name(Name, Pid, _Resolve) when is_pid(Pid) -> register_name(Name, Pid).

re_register_name(Name, Pid) when is_pid(Pid) -> request({register, Name, Pid, true}), yes.
re_register_name(Name, Pid, _Resolve) when is_pid(Pid) -> re_register_name(Name, Pid).

unregister_name(Name) -> request({unregister, Name}).

whereis_name(Name) -> request({whereis, Name}).

registered_names() -> request(registered_names).

sync() -> ok.

send(Name, Msg) ->
    case whereis_name(Name) of
        Pid when is_pid(Pid) -> Pid ! Msg, Pid;
        undefined -> exit({badarg, {Name, Msg}})
    end.

%% ---------------------------------------------------------------------
%% The registry process

request(Request) ->
    Server = server(),
    Ref = erlang:monitor(process, Server),
    Server ! {'$global', self(), Ref, Request},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, Server, _} ->
            request(Request)
    end.

%% The registry, started by whichever process asks first.
server() ->
    case whereis(global_name_server) of
        undefined ->
            Pid = spawn(fun() -> init() end),
            Ref = erlang:monitor(process, Pid),
            Pid ! {start, self()},
            receive
                {'DOWN', Ref, process, Pid, _} -> server();
                {started, Pid} -> erlang:demonitor(Ref, [flush]), Pid
            end;
        Pid ->
            Pid
    end.

init() ->
    receive {start, From} -> ok end,
    try register(global_name_server, self()) of
        true ->
            From ! {started, self()},
            loop(#{})
    catch error:badarg ->
        exit(normal)
    end.

%% Names maps a name to {Pid, MonitorRef}.
loop(Names) ->
    receive
        {'$global', From, Ref, Request} ->
            {Reply, Names1} = handle(Request, Names),
            From ! {Ref, Reply},
            loop(Names1);
        {'DOWN', MonitorRef, process, _, _} ->
            loop(maps:filter(fun(_, {_, R}) -> R =/= MonitorRef end, Names))
    end.

handle({register, Name, Pid, Replace}, Names) ->
    case maps:find(Name, Names) of
        {ok, {Old, OldRef}} when Replace ->
            erlang:demonitor(OldRef, [flush]),
            _ = Old,
            {yes, Names#{Name => {Pid, erlang:monitor(process, Pid)}}};
        {ok, _} ->
            {no, Names};
        error ->
            case is_process_alive(Pid) of
                true -> {yes, Names#{Name => {Pid, erlang:monitor(process, Pid)}}};
                false -> {yes, Names}
            end
    end;
handle({unregister, Name}, Names) ->
    case maps:find(Name, Names) of
        {ok, {_, Ref}} ->
            erlang:demonitor(Ref, [flush]),
            {ok, maps:remove(Name, Names)};
        error ->
            {ok, Names}
    end;
handle({whereis, Name}, Names) ->
    case maps:find(Name, Names) of
        {ok, {Pid, _}} -> {Pid, Names};
        error -> {undefined, Names}
    end;
handle(registered_names, Names) ->
    {maps:keys(Names), Names}.

-module(call_errors).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2]).
-mode(compile).

%% The exit reasons of gen_server:call/2,3: timeout, noproc, calling_self,
%% a server that stops or crashes while handling the call, a bad return.
init(State) -> {ok, State}.

handle_call(slow, _From, State) ->
    receive after 200 -> ok end,
    {reply, slow_done, State};
handle_call(call_myself, _From, State) ->
    {reply, catch gen_server:call(self(), hello), State};
handle_call(stop_normal, _From, State) ->
    {stop, normal, State};
handle_call(stop_with_reply, _From, State) ->
    {stop, normal, goodbye, State};
handle_call(crash, _From, State) ->
    {reply, 1 = State, State};
handle_call(exit, _From, _State) ->
    exit(my_exit_reason);
handle_call(throw, _From, State) ->
    throw({reply, thrown, State});
handle_call(bad_return, _From, _State) ->
    what_is_this;
handle_call(ping, _From, State) ->
    {reply, pong, State}.

handle_cast(_Msg, State) -> {noreply, State}.

%% The reason, with the pid in the MFA replaced by 'Pid' so output is deterministic.
show(Expr) ->
    case Expr of
        {'EXIT', {Reason, {gen_server, call, [_ | Rest]}}} ->
            io:format("exit ~p from gen_server:call(Pid, ~p)~n", [strip(Reason), Rest]);
        {'EXIT', Reason} ->
            io:format("exit ~p~n", [strip(Reason)]);
        Value ->
            io:format("value ~p~n", [Value])
    end.

%% Drops stacktraces, whose module names differ between escript and swerl.
strip({Reason, [{_, _, _, _} | _]}) -> {Reason, stacktrace};
strip(Reason) -> Reason.

start() ->
    {ok, Pid} = gen_server:start(?MODULE, 2, []),
    Pid.

main(_) ->
    Pid = start(),
    show(catch gen_server:call(Pid, ping)),
    show(catch gen_server:call(Pid, slow, 50)),
    show(catch gen_server:call(Pid, ping, infinity)),
    show(catch gen_server:call(Pid, call_myself)),
    show(catch gen_server:call(Pid, throw)),
    show(catch gen_server:call(Pid, stop_with_reply)),
    timer:sleep(20),
    show(is_process_alive(Pid)),
    show(catch gen_server:call(Pid, ping)),
    show(catch gen_server:call(Pid, ping, 100)),
    show(catch gen_server:call(not_registered, ping)),
    show(catch gen_server:call({not_registered, node()}, ping)),
    show(catch gen_server:call(start(), stop_normal)),
    show(catch gen_server:call(start(), crash)),
    show(catch gen_server:call(start(), exit)),
    show(catch gen_server:call(start(), bad_return)),
    show(gen_server:cast(not_registered, hello)),
    show(gen_server:cast(Pid, hello)),
    show(catch gen_server:stop(Pid)),
    show(catch gen_server:stop(not_registered)),
    P2 = start(),
    show(catch gen_server:stop(P2, {shutdown, done}, 1000)),
    show(is_process_alive(P2)).

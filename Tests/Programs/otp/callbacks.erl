-module(callbacks).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2,
         terminate/2]).
-mode(compile).

%% init/1's return values, handle_continue/2, timeouts, handle_info/2, hibernate,
%% and when terminate/2 runs.
init(stop) -> {stop, no_thanks};
init(ignore) -> ignore;
init(throw) -> throw({ok, thrown_state});
init(bad) -> not_ok;
init(error) -> error(init_failed);
init(exit) -> exit(init_exit);
init(continue) -> {ok, [], {continue, first}};
init(timeout) -> {ok, [], 30};
init(hibernate) -> {ok, [], hibernate};
init(trap) -> process_flag(trap_exit, true), {ok, []};
init(State) -> {ok, State}.

handle_continue(first, Log) ->
    {noreply, [first | Log], {continue, second}};
handle_continue(second, Log) ->
    {noreply, [second | Log]}.

handle_call(log, _From, Log) ->
    {reply, lists:reverse(Log), Log};
handle_call(short_timeout, _From, Log) ->
    {reply, ok, [short_timeout | Log], 20};
handle_call(continue, _From, Log) ->
    {reply, ok, Log, {continue, first}};
handle_call(hibernate, _From, Log) ->
    {reply, ok, [hibernating | Log], hibernate}.

handle_cast({add, X}, Log) ->
    {noreply, [X | Log]};
handle_cast(stop, Log) ->
    {stop, {shutdown, asked}, Log};
handle_cast(crash, _Log) ->
    error(cast_crash).

handle_info(timeout, Log) ->
    {noreply, [timeout | Log]};
handle_info({'EXIT', _Pid, Reason}, Log) ->
    {noreply, [{'EXIT', Reason} | Log]};
handle_info(Other, Log) ->
    {noreply, [{info, Other} | Log]}.

terminate(Reason, Log) ->
    io:format("terminate: ~p, log ~p~n", [strip(Reason), lists:reverse(Log)]).

strip({Reason, [{_, _, _, _} | _]}) -> {Reason, stacktrace};
strip(Reason) -> Reason.

start(Arg) ->
    case gen_server:start(?MODULE, Arg, []) of
        {error, {Reason, [{_, _, _, _} | _]}} -> {error, {Reason, stacktrace}};
        {ok, Pid} when is_pid(Pid) -> {ok, pid};
        Other -> Other
    end.

main(_) ->
    [io:format("~p: ~p~n", [Arg, start(Arg)])
     || Arg <- [stop, ignore, throw, bad, error, exit]],

    {ok, C} = gen_server:start(?MODULE, continue, []),
    io:format("continue: ~p~n", [gen_server:call(C, log)]),
    ok = gen_server:call(C, continue),
    io:format("continue again: ~p~n", [gen_server:call(C, log)]),

    {ok, T} = gen_server:start(?MODULE, timeout, []),
    timer:sleep(100),
    io:format("timeout: ~p~n", [gen_server:call(T, log)]),
    ok = gen_server:call(T, short_timeout),
    timer:sleep(100),
    io:format("short timeout: ~p~n", [gen_server:call(T, log)]),
    ok = gen_server:call(T, short_timeout),
    gen_server:cast(T, {add, cast_before_timeout}),
    timer:sleep(100),
    io:format("cast first: ~p~n", [gen_server:call(T, log)]),

    {ok, H} = gen_server:start(?MODULE, hibernate, []),
    H ! hello,
    ok = gen_server:call(H, hibernate),
    H ! world,
    io:format("hibernate: ~p~n", [gen_server:call(H, log)]),

    gen_server:cast(H, stop),
    timer:sleep(50),
    io:format("alive after stop: ~p~n", [is_process_alive(H)]),
    {ok, Cr} = gen_server:start(?MODULE, [], []),
    gen_server:cast(Cr, {add, one}),
    gen_server:cast(Cr, crash),
    timer:sleep(50),
    io:format("alive after crash: ~p~n", [is_process_alive(Cr)]),

    %% A server that traps exits: an 'EXIT' from its parent terminates it with
    %% the parent's reason, other 'EXIT's go to handle_info/2.
    Self = self(),
    Parent = spawn(fun() ->
                           {ok, S1} = gen_server:start_link(?MODULE, trap, []),
                           Self ! {server, S1},
                           receive go -> exit(parent_gone) end
                   end),
    Server = receive {server, Srv1} -> Srv1 end,
    Other = spawn(fun() -> link(Server), receive go -> exit(other_gone) end end),
    Other ! go,
    timer:sleep(50),
    io:format("trap: ~p~n", [gen_server:call(Server, log)]),
    Ref = monitor(process, Server),
    Parent ! go,
    receive {'DOWN', Ref, process, Server, Why} -> io:format("server down: ~p~n", [Why]) end,

    %% Without trap_exit the server just dies with its linked parent.
    Parent2 = spawn(fun() ->
                            {ok, S2} = gen_server:start_link(?MODULE, [], []),
                            Self ! {server, S2},
                            receive go -> exit(parent_gone) end
                    end),
    Server2 = receive {server, Srv2} -> Srv2 end,
    Ref2 = monitor(process, Server2),
    Parent2 ! go,
    receive {'DOWN', Ref2, process, Server2, Why2} -> io:format("server2 down: ~p~n", [Why2]) end,

    {ok, S} = gen_server:start(?MODULE, [], []),
    ok = gen_server:stop(S, normal, infinity),
    {ok, S3} = gen_server:start(?MODULE, [], []),
    io:format("stop: ~p~n", [gen_server:stop(S3, my_reason, 1000)]).

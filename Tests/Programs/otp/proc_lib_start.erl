-module(proc_lib_start).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, server_init/1, child/2]).
-mode(compile).

%% proc_lib:start/start_link with init_ack, the ancestors a proc_lib process
%% records, exit reasons of crashed proc_lib processes, and
%% gen_server:enter_loop/3,4.
init(_) -> {ok, unused}.

handle_call(get, _From, State) -> {reply, State, State};
handle_call(ancestors, _From, State) -> {reply, length(get('$ancestors')), State}.

handle_cast(_Msg, State) -> {noreply, State}.

%% A server that is not started by gen_server:start: it acknowledges its
%% starter itself and then becomes a gen_server.
server_init(State) ->
    register(entered, self()),
    proc_lib:init_ack({ok, self()}),
    gen_server:enter_loop(?MODULE, [], State, {local, entered}).

child(Parent, Mode) ->
    case Mode of
        ack -> proc_lib:init_ack(Parent, {ok, self()}), receive stop -> ok end;
        error -> error(child_error);
        throw -> throw(child_throw);
        exit -> exit(child_exit);
        slow -> receive after 1000 -> ok end
    end.

main(_) ->
    {ok, Pid} = proc_lib:start(?MODULE, server_init, [{entered, state}]),
    io:format("~p~n", [gen_server:call(entered, get)]),
    io:format("~p~n", [gen_server:call(Pid, ancestors)]),
    ok = gen_server:stop(entered),
    {ok, C} = proc_lib:start_link(?MODULE, child, [self(), ack]),
    {dictionary, Dict} = process_info(C, dictionary),
    {'$initial_call', {_, F, A}} = lists:keyfind('$initial_call', 1, Dict),
    io:format("~p/~p~n", [F, A]),
    io:format("~p~n", [lists:keyfind('$ancestors', 1, Dict) =:= {'$ancestors', [self()]}]),
    C ! stop,
    process_flag(trap_exit, true),
    [begin
         Result = proc_lib:start_link(?MODULE, child, [self(), Mode], 200),
         Reason = receive {'EXIT', _, R} -> R after 300 -> none end,
         io:format("~p: ~p, exit ~p~n", [Mode, strip(Result), strip(Reason)])
     end || Mode <- [error, throw, exit, slow]],
    Self = self(),
    P = proc_lib:spawn_link(fun() -> Self ! {anc, get('$ancestors')}, exit(done) end),
    receive {anc, Anc} -> io:format("~p~n", [Anc =:= [self()]]) end,
    receive {'EXIT', P, Why} -> io:format("~p~n", [Why]) end.

strip({error, Reason}) -> {error, strip(Reason)};
strip({{nocatch, _} = Reason, [_ | _]}) -> {Reason, stacktrace};
strip({Reason, [{_, _, _, _} | _]}) -> {Reason, stacktrace};
strip(Reason) -> Reason.

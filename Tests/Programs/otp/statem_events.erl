-module(statem_events).
-behaviour(gen_statem).
-export([main/1]).
-export([callback_mode/0, init/1, handle_event/4, terminate/3]).
-mode(compile).

%% handle_event_function: next_event order, postponed events retried after a
%% state change, event/generic/state timeouts, repeat_state with state enter
%% calls, stop, terminate/3, and the errors gen_statem reports.
callback_mode() -> [handle_event_function, state_enter].

init(start) -> {ok, idle, [], [{next_event, internal, boot}]};
init(stop) -> {stop, nope};
init(ignore) -> ignore;
init(bad) -> bad.

log(Entry, Log) -> [Entry | Log].

handle_event(enter, Old, State, Log) ->
    {keep_state, log({enter, Old, State}, Log)};
handle_event(internal, boot, idle, Log) ->
    {next_state, ready, log(boot, Log), [{next_event, internal, a}, {next_event, internal, b}]};
handle_event(internal, X, _State, Log) ->
    {keep_state, log({internal, X}, Log)};
handle_event({call, From}, log, _State, Log) ->
    {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event({call, From}, clear, _State, _Log) ->
    {keep_state, [], [{reply, From, ok}]};
handle_event({call, From}, {timeouts, T}, _State, _Log) ->
    {keep_state_and_data, [{reply, From, ok}, {timeout, T, event_to},
                           {{timeout, g}, T * 2, generic_to}, {state_timeout, T * 3, state_to}]};
handle_event({call, From}, {cancel, T}, _State, _Log) ->
    {keep_state_and_data, [{reply, From, ok}, {{timeout, g}, T, generic_to},
                           {state_timeout, T, state_to}, {{timeout, g}, cancel},
                           {state_timeout, update, updated_to}]};
handle_event({call, From}, zero, _State, _Log) ->
    {keep_state_and_data, [{reply, From, ok}, {state_timeout, 0, zero_state_to}, 0]};
handle_event({call, From}, {goto, S}, _State, Log) ->
    {next_state, S, log({goto, S}, Log), [{reply, From, ok}]};
handle_event({call, From}, repeat, _State, Log) ->
    {repeat_state, log(repeat, Log), [{reply, From, ok}]};
handle_event(cast, {work, _N}, busy, _Log) ->
    {keep_state_and_data, postpone};
handle_event(cast, {work, N}, _State, Log) ->
    {keep_state, log({work, N}, Log)};
handle_event({call, From}, stop, _State, _Log) ->
    {stop_and_reply, {shutdown, requested}, {reply, From, stopping}};
handle_event({call, _From}, crash, _State, _Log) ->
    error(boom);
handle_event({call, _From}, badret, _State, _Log) ->
    {what, ever};
handle_event({call, _From}, badaction, _State, _Log) ->
    {keep_state_and_data, [bogus_action]};
handle_event({call, From}, slow, _State, _Log) ->
    receive after 100 -> ok end,
    {keep_state_and_data, [{reply, From, slow}]};
handle_event(Type, Content, _State, Log) ->
    {keep_state, log({Type, Content}, Log)}.

terminate(Reason, State, _Log) ->
    io:format("terminate ~p in ~p~n", [strip(Reason), State]).

strip({Reason, [{_, _, _, _} | _]}) -> {Reason, stacktrace};
strip(Reason) -> Reason.

show(Label, {'EXIT', {Reason, {gen_statem, call, [_ | Rest]}}}) ->
    io:format("~s: exit ~p from call ~p~n", [Label, strip(Reason), Rest]);
show(Label, Value) ->
    io:format("~s: ~p~n", [Label, Value]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, start, []),
    show("start", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, {timeouts, 30}),
    timer:sleep(150),
    show("all timeouts", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, {timeouts, 30}),
    gen_statem:cast(P, {work, 0}),
    timer:sleep(150),
    show("an event cancels the event timeout", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, {timeouts, 30}),
    ok = gen_statem:call(P, {goto, other}),
    timer:sleep(150),
    show("a state change cancels the state timeout", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, {cancel, 30}),
    timer:sleep(100),
    show("cancel and update", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, zero),
    timer:sleep(50),
    show("zero timeouts", gen_statem:call(P, log)),
    ok = gen_statem:call(P, clear),
    ok = gen_statem:call(P, {goto, busy}),
    [gen_statem:cast(P, {work, N}) || N <- [1, 2, 3]],
    P ! not_postponed,
    ok = gen_statem:call(P, repeat),
    show("postponed while busy", gen_statem:call(P, log)),
    ok = gen_statem:call(P, {goto, ready}),
    show("postponed events retried", gen_statem:call(P, log)),
    show("sys:get_state", element(1, sys:get_state(P))),
    show("slow", catch gen_statem:call(P, slow, 20)),
    show("stop", gen_statem:call(P, stop)),
    timer:sleep(20),
    show("after stop", catch gen_statem:call(P, log)),
    show("init stop", gen_statem:start(?MODULE, stop, [])),
    show("init ignore", gen_statem:start(?MODULE, ignore, [])),
    show("init bad", gen_statem:start(?MODULE, bad, [])),
    {ok, P2} = gen_statem:start(?MODULE, start, []),
    show("crash", catch gen_statem:call(P2, crash)),
    {ok, P3} = gen_statem:start(?MODULE, start, []),
    show("bad return", catch gen_statem:call(P3, badret)),
    {ok, P4} = gen_statem:start(?MODULE, start, []),
    show("bad action", catch gen_statem:call(P4, badaction)),
    {ok, P5} = gen_statem:start(?MODULE, start, []),
    show("stop/1", gen_statem:stop(P5)).

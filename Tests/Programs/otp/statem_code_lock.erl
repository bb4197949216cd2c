-module(statem_code_lock).
-behaviour(gen_statem).
-export([main/1]).
-export([callback_mode/0, init/1, locked/3, open/3, terminate/3]).
-mode(compile).

%% A code lock with state_functions and state enter calls (after the OTP docs'
%% example): state timeouts, postponed events, replies as actions.
callback_mode() -> [state_functions, state_enter].

init(Code) ->
    {ok, locked, #{code => Code, length => length(Code), buttons => []}}.

locked(enter, OldState, Data) ->
    io:format("enter locked from ~p~n", [OldState]),
    {keep_state, Data#{buttons := []}};
locked(state_timeout, button, Data) ->
    io:format("button timeout~n"),
    {keep_state, Data#{buttons := []}};
locked(cast, {button, Button}, #{code := Code, length := Length, buttons := Buttons} = Data) ->
    NewButtons = lists:sublist(Buttons ++ [Button], max(1, length(Buttons) + 2 - Length), Length),
    if
        NewButtons =:= Code -> {next_state, open, Data};
        true -> {keep_state, Data#{buttons := NewButtons}, [{state_timeout, 200, button}]}
    end;
locked({call, From}, status, _Data) ->
    {keep_state_and_data, [{reply, From, locked}]};
locked({call, _From}, open_now, _Data) ->
    {keep_state_and_data, postpone};
locked(info, Msg, _Data) ->
    io:format("locked got info ~p~n", [Msg]),
    keep_state_and_data.

open(enter, OldState, _Data) ->
    io:format("enter open from ~p~n", [OldState]),
    {keep_state_and_data, [{state_timeout, 100, lock}]};
open(state_timeout, lock, Data) ->
    io:format("relocking~n"),
    {next_state, locked, Data};
open({call, From}, status, _Data) ->
    {keep_state_and_data, [{reply, From, open}]};
open({call, From}, open_now, _Data) ->
    {keep_state_and_data, [{reply, From, already_open}]};
open({call, From}, stop, Data) ->
    {stop_and_reply, normal, [{reply, From, stopping}], Data};
open(cast, {button, _}, _Data) ->
    {keep_state_and_data, postpone}.

terminate(Reason, State, _Data) ->
    io:format("terminate ~p in ~p~n", [Reason, State]).

main(_) ->
    {ok, Pid} = gen_statem:start_link(?MODULE, [1, 2, 3], []),
    io:format("~p~n", [gen_statem:call(Pid, status)]),
    [gen_statem:cast(Pid, {button, B}) || B <- [9, 1, 2]],
    io:format("~p~n", [gen_statem:call(Pid, status)]),
    timer:sleep(300),
    Self = self(),
    spawn(fun() -> Self ! {opened, gen_statem:call(Pid, open_now)} end),
    timer:sleep(50),
    Pid ! hello,
    [gen_statem:cast(Pid, {button, B}) || B <- [1, 2, 3]],
    receive {opened, R} -> io:format("open_now: ~p~n", [R]) end,
    io:format("~p~n", [gen_statem:call(Pid, status)]),
    gen_statem:cast(Pid, {button, 7}),
    timer:sleep(150),
    io:format("~p~n", [gen_statem:call(Pid, status)]),
    [gen_statem:cast(Pid, {button, B}) || B <- [1, 2, 3]],
    io:format("~p~n", [gen_statem:call(Pid, status)]),
    io:format("~p~n", [gen_statem:call(Pid, stop)]),
    {'EXIT', {Reason, {gen_statem, call, [_, status, infinity]}}} = (catch gen_statem:call(Pid, status)),
    io:format("~p~n", [Reason]),
    ok.

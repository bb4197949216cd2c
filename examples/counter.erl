#!/usr/bin/env escript
%% The tutorial's counter as a gen_server: get/1 is a synchronous call,
%% increment/1 an asynchronous cast.
-module(counter).
-behaviour(gen_server).
%% gen_server calls back into this module, so escript must load it.
-mode(compile).
%% get/1 below would clash with the auto-imported erlang:get/1.
-compile({no_auto_import, [get/1]}).

-export([main/1]).
%% API
-export([start_link/1, get/1, increment/1]).
%% Callbacks
-export([init/1, handle_call/3, handle_cast/2]).

main(_Args) ->
    {ok, Pid} = start_link(40),
    increment(Pid),
    increment(Pid),
    io:format("counter: ~p~n", [get(Pid)]).

start_link(Initial) ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, Initial, []).

get(Pid) ->
    gen_server:call(Pid, get).

increment(Pid) ->
    gen_server:cast(Pid, increment).

init(Initial) ->
    {ok, Initial}.

handle_call(get, _From, State) ->
    {reply, State, State}.

handle_cast(increment, State) ->
    {noreply, State + 1}.

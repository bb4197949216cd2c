-module(counter_gen_server).
-behaviour(gen_server).
-export([main/1]).
-export([start_link/1, get/1, increment/1]).
-export([init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Fix for the tutorial's code: a local get/1 clashes with the auto-imported erlang:get/1.
-compile({no_auto_import, [get/1]}).

%% The tutorial's gen_server counter, driven by main/1 (needs OTP's gen_server).
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

main(_) ->
    {ok, Pid} = start_link(10),
    io:format("~p~n", [get(Pid)]),
    [increment(Pid) || _ <- lists:seq(1, 5)],
    io:format("~p~n", [get(Pid)]),
    io:format("~p~n", [get(?MODULE)]),
    io:format("~p~n", [whereis(?MODULE) =:= Pid]).

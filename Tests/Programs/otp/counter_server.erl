-module(counter_server).
-behaviour(gen_server).
-export([main/1]).
-export([start_link/1, get/1, increment/1, stop/0]).
-export([init/1, handle_call/3, handle_cast/2, terminate/2]).
-mode(compile).
-compile({no_auto_import, [get/1]}).

%% The tutorial's gen_server counter, registered locally, plus stop/0.
start_link(Initial) ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, Initial, []).

get(Server) -> gen_server:call(Server, get).
increment(Server) -> gen_server:cast(Server, increment).
stop() -> gen_server:stop(?MODULE).

init(Initial) ->
    {ok, Initial}.

handle_call(get, _From, State) ->
    {reply, State, State}.

handle_cast(increment, State) ->
    {noreply, State + 1}.

terminate(Reason, State) ->
    io:format("terminate(~p, ~p)~n", [Reason, State]).

main(_) ->
    {ok, Pid} = start_link(10),
    io:format("~p~n", [get(Pid)]),
    [increment(Pid) || _ <- lists:seq(1, 5)],
    io:format("~p~n", [get(Pid)]),
    io:format("~p~n", [get(?MODULE)]),
    io:format("~p~n", [whereis(?MODULE) =:= Pid]),
    io:format("~p~n", [gen_server:start_link({local, ?MODULE}, ?MODULE, 0, []) =:= {error, {already_started, Pid}}]),
    io:format("~p~n", [stop()]),
    io:format("~p ~p~n", [whereis(?MODULE), is_process_alive(Pid)]),
    io:format("~p~n", [catch stop()]),
    {'EXIT', {Reason, {gen_server, call, [_, get]}}} = (catch get(?MODULE)),
    io:format("~p~n", [Reason]).

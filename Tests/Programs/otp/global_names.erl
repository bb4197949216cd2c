-module(global_names).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2]).
-mode(compile).

%% Servers named {global, Name} and {via, global, Name}, and the global
%% registry itself (one node).
init(Tag) -> {ok, Tag}.

handle_call(tag, _From, Tag) -> {reply, Tag, Tag}.

handle_cast(_Msg, Tag) -> {noreply, Tag}.

main(_) ->
    io:format("~p~n", [global:whereis_name(counter)]),
    {ok, Pid} = gen_server:start({global, counter}, ?MODULE, first, []),
    io:format("~p~n", [global:whereis_name(counter) =:= Pid]),
    io:format("~p~n", [gen_server:call({global, counter}, tag)]),
    io:format("~p~n", [gen_server:start({global, counter}, ?MODULE, second, []) =:= {error, {already_started, Pid}}]),
    {ok, Via} = gen_server:start({via, global, {any, "term"}}, ?MODULE, via, []),
    io:format("~p~n", [gen_server:call({via, global, {any, "term"}}, tag)]),
    io:format("~p~n", [lists:sort(global:registered_names())]),
    io:format("~p~n", [global:register_name(counter, self())]),
    io:format("~p~n", [global:register_name(me, self())]),
    global:send(me, hello),
    receive hello -> io:format("got hello via global:send~n") end,
    io:format("~p~n", [catch global:send(nobody, hello)]),
    ok = gen_server:stop({global, counter}),
    io:format("~p~n", [global:whereis_name(counter)]),
    exit(Via, kill),
    timer:sleep(20),
    io:format("~p~n", [global:whereis_name({any, "term"})]),
    io:format("~p~n", [global:unregister_name(me)]),
    io:format("~p~n", [global:registered_names()]),
    {'EXIT', {Reason, _}} = (catch gen_server:call({global, counter}, tag)),
    io:format("~p~n", [Reason]).

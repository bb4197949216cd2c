-module(kv_store_server).
-behaviour(gen_server).
-export([main/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).

%% The tutorial's key-value store challenge written as a gen_server.
start() -> gen_server:start(?MODULE, #{}, []).

put(Server, Key, Value) -> gen_server:call(Server, {put, Key, Value}).
get(Server, Key) -> gen_server:call(Server, {get, Key}).
delete(Server, Key) -> gen_server:cast(Server, {delete, Key}).
count(Server) -> gen_server:call(Server, size).

init(Store) -> {ok, Store}.

handle_call({put, Key, Value}, _From, Store) ->
    {reply, ok, Store#{Key => Value}};
handle_call({get, Key}, _From, Store) ->
    Reply = case maps:find(Key, Store) of
                {ok, V} -> {ok, V};
                error -> {error, not_found}
            end,
    {reply, Reply, Store};
handle_call(size, From, Store) ->
    %% A reply sent with gen_server:reply/2 before the callback returns.
    gen_server:reply(From, maps:size(Store)),
    {noreply, Store}.

handle_cast({delete, Key}, Store) ->
    {noreply, maps:remove(Key, Store)}.

handle_info({dump, To}, Store) ->
    To ! {dump, lists:sort(maps:to_list(Store))},
    {noreply, Store}.

main(_) ->
    {ok, KV} = start(),
    io:format("~p~n", [put(KV, name, "erlang")]),
    io:format("~p~n", [put(KV, year, 1986)]),
    io:format("~p~n", [get(KV, name)]),
    io:format("~p~n", [get(KV, missing)]),
    io:format("~p~n", [put(KV, year, 1987)]),
    io:format("~p~n", [get(KV, year)]),
    io:format("size ~p~n", [count(KV)]),
    ok = delete(KV, name),
    io:format("~p~n", [get(KV, name)]),
    KV ! {dump, self()},
    receive {dump, Pairs} -> io:format("dump ~p~n", [Pairs]) end,
    io:format("state ~p~n", [sys:get_state(KV)]),
    ok = gen_server:stop(KV).

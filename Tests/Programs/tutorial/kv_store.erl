-module(kv_store).
-export([main/1]).
-mode(compile).

%% The tutorial's challenge (a key-value store) as a plain process holding a map.
start() -> spawn(fun() -> loop(#{}) end).

loop(Store) ->
    receive
        {put, From, Key, Value} ->
            From ! {self(), ok},
            loop(Store#{Key => Value});
        {get, From, Key} ->
            Reply = case maps:find(Key, Store) of
                        {ok, V} -> {ok, V};
                        error -> {error, not_found}
                    end,
            From ! {self(), Reply},
            loop(Store);
        {stop, From} ->
            From ! {self(), maps:size(Store)}
    end.

rpc(Pid, Request) ->
    Pid ! Request,
    receive {Pid, Reply} -> Reply end.

main(_) ->
    KV = start(),
    io:format("~p~n", [rpc(KV, {put, self(), name, "erlang"})]),
    io:format("~p~n", [rpc(KV, {put, self(), year, 1986})]),
    io:format("~p~n", [rpc(KV, {get, self(), name})]),
    io:format("~p~n", [rpc(KV, {get, self(), missing})]),
    io:format("~p~n", [rpc(KV, {put, self(), year, 1987})]),
    io:format("~p~n", [rpc(KV, {get, self(), year})]),
    io:format("entries at stop: ~p~n", [rpc(KV, {stop, self()})]).

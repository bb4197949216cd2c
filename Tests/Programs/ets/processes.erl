-module(processes).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% Tables are shared between processes; protection; the owner's death deletes a table.
main(_) ->
    Pub = ets:new(pub, [public, named_table]),
    Self = self(),
    Pids = [spawn(fun() ->
                [ets:update_counter(pub, n, 1, {n, 0}) || _ <- lists:seq(1, 100)],
                ets:insert(pub, {I, done}),
                Self ! {done, I}
            end) || I <- lists:seq(1, 4)],
    [receive {done, I} -> ok end || I <- lists:seq(1, length(Pids))],
    io:format("counter: ~p~n", [ets:lookup(Pub, n)]),
    io:format("per process: ~p~n", [lists:sort(ets:match(pub, {'$1', done}))]),
    Prot = ets:new(prot, [protected]),
    Priv = ets:new(priv, [private]),
    ets:insert(Prot, {a, 1}),
    ets:insert(Priv, {a, 1}),
    Try = fun(F) -> spawn(fun() -> Self ! {res, ?E(F())} end), receive {res, R} -> R end end,
    io:format("protected read: ~p~n", [Try(fun() -> ets:lookup(Prot, a) end)]),
    io:format("protected write: ~p~n", [element(1, Try(fun() -> ets:insert(Prot, {b, 2}) end))]),
    io:format("private read: ~p~n", [element(1, Try(fun() -> ets:lookup(Priv, a) end))]),
    io:format("owner private read: ~p~n", [ets:lookup(Priv, a)]),
    Owner = spawn(fun() ->
        ets:new(owned, [named_table, public]),
        ets:insert(owned, {x, 1}),
        Self ! created,
        receive stop -> ok end
    end),
    receive created -> ok end,
    io:format("while owner lives: ~p~n", [ets:lookup(owned, x)]),
    MRef = monitor(process, Owner),
    Owner ! stop,
    receive {'DOWN', MRef, _, _, _} -> ok end,
    io:format("after owner died: ~p ~p~n", [ets:whereis(owned), ets:info(owned)]),
    io:format("can recreate: ~p~n", [ets:new(owned, [named_table])]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

-module(named).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% named tables, rename, whereis, info, all, and errors for missing tables.
main(_) ->
    counters = ets:new(counters, [named_table, public, {read_concurrency, true}]),
    ets:insert(counters, {hits, 0}),
    io:format("lookup by name: ~p~n", [ets:lookup(counters, hits)]),
    Ref = ets:whereis(counters),
    io:format("whereis is ref: ~p, same table: ~p~n", [is_reference(Ref), ets:lookup(Ref, hits)]),
    io:format("whereis missing: ~p~n", [ets:whereis(nope)]),
    io:format("info: ~p~n", [[ets:info(counters, I) || I <- [name, size, type, keypos, named_table, protection]]]),
    io:format("owner is self: ~p~n", [ets:info(counters, owner) =:= self()]),
    io:format("id: ~p~n", [ets:info(counters, id) =:= Ref]),
    io:format("in all: ~p~n", [lists:member(counters, ets:all())]),
    io:format("duplicate name: ~p~n", [?E(ets:new(counters, [named_table]))]),
    T2 = ets:new(counters, []),
    io:format("same name unnamed ok: ~p~n", [is_reference(T2)]),
    io:format("unnamed in all: ~p~n", [lists:member(T2, ets:all())]),
    io:format("rename: ~p~n", [ets:rename(counters, hits_table)]),
    io:format("old name gone: ~p~n", [?E(ets:lookup(counters, hits))]),
    io:format("new name: ~p~n", [ets:lookup(hits_table, hits)]),
    io:format("rename unnamed: ~p ~p~n", [ets:rename(T2, other) =:= T2, ets:info(T2, name)]),
    io:format("missing: ~p~n", [?E(ets:lookup(nope, 1))]),
    io:format("missing info: ~p ~p~n", [ets:info(nope), ets:info(nope, size)]),
    io:format("bad info item: ~p~n", [?E(ets:info(hits_table, bogus))]),
    io:format("bad new: ~p~n", [[?E(ets:new(X, Y)) || {X, Y} <- [{"s", []}, {t, [bogus]}, {t, [{keypos, 0}]}, {t, x}]]]),
    io:format("last type wins: ~p~n", [ets:info(ets:new(t, [set, bag]), type)]),
    io:format("bad insert: ~p~n", [[?E(ets:insert(hits_table, X)) || X <- [{}, [{a}, 3], foo, [{a} | b]]]]),
    ets:delete(hits_table),
    io:format("after delete: ~p ~p~n", [?E(ets:insert(hits_table, {a})), ets:whereis(hits_table)]),
    io:format("delete again: ~p~n", [?E(ets:delete(Ref))]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

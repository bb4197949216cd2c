-module(matching).
-mode(compile).
-export([main/1]).

-define(E(X), e(fun() -> X end)).

%% match/2, match_object/2, select/2 with match specs, select_count, select_delete, match_delete.
main(_) ->
    T = ets:new(people, [set]),
    ets:insert(T, [{alice, 30, london}, {bob, 25, paris}, {carol, 35, london},
                   {dave, 40, berlin}, {eve, 25, paris}]),
    io:format("match: ~p~n", [lists:sort(ets:match(T, {'$1', '_', london}))]),
    io:format("match two vars: ~p~n", [lists:sort(ets:match(T, {'$2', '$1', paris}))]),
    io:format("match no vars: ~p~n", [ets:match(T, {alice, '_', '_'})]),
    io:format("match_object: ~p~n", [lists:sort(ets:match_object(T, {'_', 25, '_'}))]),
    io:format("match_object key: ~p~n", [ets:match_object(T, {bob, '_', '_'})]),
    io:format("select gt: ~p~n", [lists:sort(ets:select(T, [{{'$1', '$2', '_'}, [{'>', '$2', 30}], ['$1']}]))]),
    io:format("select $_: ~p~n", [lists:sort(ets:select(T, [{{'_', '$1', '_'}, [{'<', '$1', 30}], ['$_']}]))]),
    io:format("select $$: ~p~n", [lists:sort(ets:select(T, [{{'$1', '_', '$2'}, [{'==', '$2', berlin}], ['$$']}]))]),
    io:format("select tuple: ~p~n", [lists:sort(ets:select(T, [{{'$1', '$2', '_'}, [], [{{'$2', '$1'}}]}]))]),
    io:format("select arith: ~p~n", [lists:sort(ets:select(T, [{{'$1', '$2', london}, [], [{'+', '$2', 1}]}]))]),
    io:format("select andalso: ~p~n", [lists:sort(ets:select(T,
        [{{'$1', '$2', '$3'}, [{'andalso', {'>=', '$2', 25}, {'=:=', '$3', paris}}], ['$1']}]))]),
    io:format("select two clauses: ~p~n", [lists:sort(ets:select(T,
        [{{'$1', 25, '_'}, [], [{{young, '$1'}}]}, {{'$1', 40, '_'}, [], [{const, {old, x}}]}]))]),
    io:format("select type test: ~p~n", [lists:sort(ets:select(T, [{{'$1', '_', '_'}, [{is_atom, '$1'}], [ok]}]))]),
    io:format("guard error fails: ~p~n", [ets:select(T, [{{'$1', '_', '_'}, [{'>', {'+', '$1', 1}, 0}], ['$1']}])]),
    io:format("select_count: ~p~n", [ets:select_count(T, [{{'_', '$1', '_'}, [{'<', '$1', 35}], [true]}])]),
    io:format("bad spec: ~p~n", [[?E(ets:select(T, S)) || S <- [foo, [foo], [{'_', foo, []}], [{'_', [], [{young, '$1'}]}]]]]),
    io:format("select_delete: ~p~n", [ets:select_delete(T, [{{'_', '_', paris}, [], [true]}])]),
    io:format("left: ~p~n", [lists:sort(ets:tab2list(T))]),
    true = ets:match_delete(T, {'_', '_', london}),
    io:format("after match_delete: ~p~n", [ets:tab2list(T)]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I rem 3} || I <- lists:seq(1, 10)]),
    io:format("ordered select: ~p~n", [ets:select(O, [{{'$1', 0}, [], ['$1']}])]),
    io:format("ordered select_reverse: ~p~n", [ets:select_reverse(O, [{{'$1', 0}, [], ['$1']}])]),
    io:format("repeated var: ~p~n", [ets:match(O, {'$1', '$1'})]),
    io:format("nested: ~p~n", [begin
        N = ets:new(n, [bag]),
        ets:insert(N, [{k, [1, 2, 3]}, {k, [4]}, {k, {a, b}}]),
        ets:match(N, {k, ['$1' | '_']})
    end]),
    ok.

e(F) -> try F() catch C:R -> {C, R} end.

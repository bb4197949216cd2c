%% gb_trees: every function, the printed shape of the trees (rebalancing
%% included), iterators and error reasons.
-module(gb_trees_api).
-export([main/1]).

main(_) ->
    E = gb_trees:empty(),
    show(empty, [E, gb_trees:is_empty(E), gb_trees:size(E)]),
    [show({from_orddict, N}, gb_trees:from_orddict([{I, I * I} || I <- lists:seq(1, N)]))
     || N <- lists:seq(0, 7)],
    Grown = lists:foldl(fun(K, T) -> gb_trees:insert(K, v, T) end, E, lists:seq(1, 14)),
    show(ascending_inserts, Grown),
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, atom_to_list(K), Acc) end, E,
                    [m, c, x, a, e, q, z, b, d, f, n, r, y]),
    show(tree, T),
    show(size, [gb_trees:size(T), gb_trees:is_empty(T)]),
    show(lookup, [gb_trees:lookup(e, T), gb_trees:lookup(k, T)]),
    show(get, gb_trees:get(q, T)),
    show(is_defined, [gb_trees:is_defined(a, T), gb_trees:is_defined(k, T)]),
    show(update, gb_trees:update(a, "A", T)),
    show(enter, [gb_trees:enter(a, "A", T), gb_trees:enter(k, "k", T)]),
    show(delete, gb_trees:delete(m, T)),
    show(delete_any, [gb_trees:delete_any(c, T) =:= gb_trees:delete(c, T),
                      gb_trees:delete_any(k, T) =:= T]),
    show(take, [gb_trees:take(x, T), gb_trees:take_any(k, T), gb_trees:take_any(z, T)]),
    show(smallest_largest, [gb_trees:smallest(T), gb_trees:largest(T)]),
    show(take_smallest, gb_trees:take_smallest(T)),
    show(take_largest, gb_trees:take_largest(T)),
    show(to_list, gb_trees:to_list(T)),
    show(keys_values, [gb_trees:keys(T), gb_trees:values(T)]),
    show(map, gb_trees:map(fun(K, V) -> {K, length(V)} end, T)),
    Unbalanced = lists:foldl(fun gb_trees:delete/2, Grown, lists:seq(1, 10)),
    show(unbalanced, Unbalanced),
    show(balance, gb_trees:balance(Unbalanced)),
    show(iterator, gb_trees:iterator(T)),
    show(walk, walk(gb_trees:iterator(T))),
    show(iterator_from, [walk(gb_trees:iterator_from(K, T)) || K <- [a, g, n, zz]]),
    show(next_empty, gb_trees:next(gb_trees:iterator(E))),
    show(numbers, [gb_trees:lookup(1.0, gb_trees:from_orddict([{1, one}]))]),
    Calls = [{insert, [m, dup, T]}, {get, [k, T]}, {update, [k, v, T]}, {delete, [k, T]},
             {take, [k, T]}, {smallest, [E]}, {largest, [E]}, {take_smallest, [E]},
             {take_largest, [E]}, {size, [foo]}, {lookup, [a, foo]}, {to_list, [foo]},
             {from_orddict, [foo]}, {next, [foo]}, {map, [foo, T]}],
    [show({error, F}, try apply(gb_trees, F, A) catch C:R -> {C, R} end) || {F, A} <- Calls],
    ok.

walk(Iter) ->
    case gb_trees:next(Iter) of
        {K, _V, Next} -> [K | walk(Next)];
        none -> []
    end.

show(Label, Term) -> io:format("~p: ~p~n", [Label, Term]).

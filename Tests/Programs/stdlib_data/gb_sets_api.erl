%% gb_sets: every function, the printed shape of the sets (insertion,
%% rebalancing, set algebra), iterators and error reasons.
-module(gb_sets_api).
-export([main/1]).

main(_) ->
    E = gb_sets:empty(),
    show(empty, [E, gb_sets:new(), gb_sets:is_empty(E), gb_sets:size(E)]),
    show(singleton, gb_sets:singleton(x)),
    [show({from_list, N}, gb_sets:from_list(lists:seq(N, 1, -1))) || N <- lists:seq(0, 6)],
    show(from_ordset, gb_sets:from_ordset([a, b, c, d])),
    Grown = lists:foldl(fun gb_sets:insert/2, E, lists:seq(1, 12)),
    show(ascending_inserts, Grown),
    S = gb_sets:from_list([m, c, x, a, e, q, z, b]),
    show(is_set, [gb_sets:is_set(S), gb_sets:is_set(E), gb_sets:is_set(foo)]),
    show(is_member, [gb_sets:is_member(e, S), gb_sets:is_element(k, S)]),
    show(add, [gb_sets:add(k, S), gb_sets:add(e, S) =:= S, gb_sets:add_element(k, S)]),
    show(delete, [gb_sets:delete(m, S), gb_sets:delete_any(k, S) =:= S,
                  gb_sets:del_element(a, S)]),
    show(smallest_largest, [gb_sets:smallest(S), gb_sets:largest(S)]),
    show(take, [gb_sets:take_smallest(S), gb_sets:take_largest(S)]),
    show(to_list, gb_sets:to_list(S)),
    show(balance, gb_sets:balance(Grown)),
    Odds = gb_sets:from_list(lists:seq(1, 30, 2)),
    Threes = gb_sets:from_list(lists:seq(3, 30, 3)),
    show(union_small, gb_sets:union(Odds, gb_sets:from_list([2, 4]))),
    show(union_big, gb_sets:union(Odds, Threes)),
    show(union_list, gb_sets:union([Odds, Threes, gb_sets:singleton(100)])),
    %% Where union/2 stops inserting the smaller set and merges instead.
    show(union_inserts, [{N, M, union_inserts(N, M)} || {N, M} <- [{9, 0}, {10, 0}, {21, 5}, {22, 5},
                                                                 {85, 14}, {86, 13}, {669, 74},
                                                                 {670, 67}, {670, 68}]]),
    show(intersection, gb_sets:intersection(Odds, Threes)),
    show(intersection_list, gb_sets:intersection([Odds, Threes, gb_sets:from_list([9, 15])])),
    show(difference, [gb_sets:difference(Odds, Threes), gb_sets:subtract(Threes, Odds)]),
    show(is_disjoint, [gb_sets:is_disjoint(Odds, Threes),
                       gb_sets:is_disjoint(Odds, gb_sets:from_list([2, 4]))]),
    show(is_subset, [gb_sets:is_subset(gb_sets:from_list([3, 9]), Odds),
                     gb_sets:is_subset(Threes, Odds)]),
    show(filter, gb_sets:filter(fun(X) -> X > 20 end, Odds)),
    show(fold, gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], Threes)),
    show(iterator, gb_sets:iterator(S)),
    show(walk, walk(gb_sets:iterator(S))),
    show(iterator_from, [walk(gb_sets:iterator_from(K, S)) || K <- [a, d, q, zz]]),
    show(numbers, [gb_sets:is_member(1.0, gb_sets:from_list([1, 2]))]),
    Calls = [{insert, [m, S]}, {delete, [k, S]}, {smallest, [E]}, {largest, [E]},
             {take_smallest, [E]}, {take_largest, [E]}, {size, [foo]},
             {is_member, [a, foo]}, {to_list, [foo]}, {from_list, [foo]},
             {next, [foo]}, {fold, [foo, 0, S]}, {filter, [foo, S]}],
    [show({error, F}, try apply(gb_sets, F, A) catch C:R -> {C, R} end) || {F, A} <- Calls],
    ok.

union_inserts(N, M) ->
    Big = gb_sets:from_list(lists:seq(1, 2 * N, 2)),
    Small = lists:seq(2, 2 * M, 2),
    gb_sets:union(Big, gb_sets:from_list(Small)) =:= lists:foldl(fun gb_sets:add/2, Big, Small).

walk(Iter) ->
    case gb_sets:next(Iter) of
        {X, Next} -> [X | walk(Next)];
        none -> []
    end.

show(Label, Term) -> io:format("~p: ~p~n", [Label, Term]).

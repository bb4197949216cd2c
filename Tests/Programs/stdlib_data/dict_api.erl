%% dict: every function, the printed hash-table record, OTP's listing
%% order for atom and integer keys, growth and shrinking, error reasons.
-module(dict_api).
-export([main/1]).

main(_) ->
    E = dict:new(),
    show(new, E),
    D = dict:from_list([{b, 2}, {a, 1}, {c, 3}, {1, one}, {a, 10}, {-5, minus}]),
    show(from_list, D),
    show(to_list, dict:to_list(D)),
    show(size, [dict:size(D), dict:size(E), dict:is_empty(D), dict:is_empty(E)]),
    show(is_key, [dict:is_key(a, D), dict:is_key(z, D), dict:is_key(1.0, D)]),
    show(find, [dict:find(a, D), dict:find(z, D)]),
    show(fetch, dict:fetch(-5, D)),
    show(fetch_keys, dict:fetch_keys(D)),
    show(store, [dict:store(a, new, D), dict:store(d, 4, D)]),
    show(erase, [dict:erase(b, D), dict:erase(z, D) =:= D]),
    show(take, [dict:take(c, D), dict:take(z, D)]),
    L = dict:append(k, 1, E),
    show(append, [dict:to_list(dict:append(k, 2, L)),
                  dict:to_list(dict:append_list(k, [3, 4], L)),
                  dict:to_list(dict:append_list(j, [5], L))]),
    show(update, [dict:to_list(dict:update(a, fun(V) -> V * 100 end, D)),
                  dict:to_list(dict:update(z, fun(V) -> V end, init, D))]),
    show(update_counter, dict:to_list(dict:update_counter(
                                        c, 5, dict:update_counter(n, 1, D)))),
    show(fold, dict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D)),
    show(map, dict:map(fun(K, V) -> {K, V} end, D)),
    show(filter, dict:filter(fun(K, _) -> is_atom(K) end, D)),
    show(merge, dict:to_list(dict:merge(fun(_K, V1, V2) -> {V1, V2} end, D,
                                        dict:from_list([{a, x}, {q, y}])))),
    Big = dict:from_list([{I, I * I} || I <- lists:seq(1, 90)]),
    show(big, Big),
    show(big_keys, dict:fetch_keys(Big)),
    Small = lists:foldl(fun dict:erase/2, Big, lists:seq(10, 90)),
    show(shrunk, Small),
    show(big_filter, dict:filter(fun(K, _) -> K rem 10 =:= 0 end, Big)),
    Counts = lists:foldl(fun(W, Acc) -> dict:update_counter(W, 1, Acc) end, E,
                         string:lexemes("the cat and the dog and the bird", " ")),
    show(string_keys, [Counts, dict:to_list(Counts)]),
    Grid = dict:from_list([{{R, C}, R * C} || R <- lists:seq(0, 3), C <- lists:seq(-1, 1)]),
    show(tuple_keys, dict:to_list(Grid)),
    Calls = [{fetch, [z, D]}, {update, [z, fun(V) -> V end, D]},
             {update_counter, [a, x, D]}, {size, [foo]}, {to_list, [foo]},
             {find, [a, foo]}, {store, [a, 1, foo]}, {from_list, [[a]]},
             {fold, [fun(_, _, A) -> A end, 0, foo]}, {map, [fun(_, V) -> V end, foo]}],
    [show({error, F}, try apply(dict, F, A) catch C:R -> {C, R} end) || {F, A} <- Calls],
    ok.

show(Label, Term) -> io:format("~p: ~p~n", [Label, Term]).

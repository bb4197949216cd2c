#!/usr/bin/env escript
%% Checks the data-structure modules of stdlib/ (queue, sets, dict,
%% gb_trees, gb_sets) against OTP's modules of the same name, on random
%% data. Each stdlib module is compiled under the name swerl_<mod> and every
%% call is made on both: the results (terms compared with =:=, so the
%% internal shapes too) or the exception class and reason must be
%% identical. Stack frames are not compared. Run it from the repository
%% root:
%%     escript scripts/stdlib_data_vs_otp.escript
%% Exit status 0 when everything matches. The keys and elements are atoms,
%% numbers, strings, binaries, tuples and lists: the terms that swerl's sets and dict
%% hash as OTP does (see docs/SUPPORTED.md).
-mode(compile).

main(_) ->
    Mods = [queue, sets, dict, gb_trees, gb_sets],
    [load(M) || M <- Mods],
    %% sets and dict hash with swerl_phash, which OTP lacks: loaded under its own name.
    load_helper(swerl_phash),
    rand:seed(exsss, {25, 11, 27}),
    put(calls, 0),
    put(failed, 0),
    [check(M) || M <- Mods],
    io:format("~p calls, ~p differ from OTP~n", [get(calls), get(failed)]),
    halt(case get(failed) of 0 -> 0; _ -> 1 end).

load(Mod) ->
    File = filename:join("stdlib", atom_to_list(Mod) ++ ".erl"),
    {ok, Forms} = epp:parse_file(File, []),
    Renamed = [case F of
                   {attribute, L, module, M} -> {attribute, L, module, copy_name(M)};
                   _ -> F
               end || F <- Forms],
    {ok, Name, Bin} = compile:forms(Renamed, [report, return_errors]),
    {module, Name} = code:load_binary(Name, File, Bin).

copy_name(M) -> list_to_atom("swerl_" ++ atom_to_list(M)).

load_helper(Mod) ->
    File = filename:join("stdlib", atom_to_list(Mod) ++ ".erl"),
    {ok, Mod, Bin} = compile:file(File, [binary, report, return_errors]),
    {module, Mod} = code:load_binary(Mod, File, Bin).

outcome(M, F, Args) ->
    try {value, apply(M, F, Args)}
    catch Class:Reason -> {Class, Reason}
    end.

same(Mod, F, Args) ->
    put(calls, get(calls) + 1),
    Otp = outcome(Mod, F, Args),
    Ours = outcome(copy_name(Mod), F, Args),
    case Otp =:= Ours of
        true -> ok;
        false ->
            put(failed, get(failed) + 1),
            io:format("~p:~p~W~n  OTP:   ~W~n  swerl: ~W~n", [Mod, F, Args, 20, Otp, 30, Ours, 30])
    end.

%% Random atoms, integers (some negative or beyond 32 bits), floats,
%% strings, binaries, and tuples and lists of those.
element() -> element(2).

element(Depth) ->
    case rand:uniform(9) of
        1 -> list_to_atom([$a + rand:uniform(26) - 1 || _ <- lists:seq(1, rand:uniform(4))]);
        2 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(5) - 1)];
        3 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        4 -> (rand:uniform() - 0.5) * 1000;
        7 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        5 when Depth > 0 -> list_to_tuple([element(Depth - 1) || _ <- lists:seq(1, rand:uniform(3))]);
        6 when Depth > 0 -> [element(Depth - 1) || _ <- lists:seq(1, rand:uniform(3) - 1)];
        _ -> rand:uniform(1000) - 300
    end.

elements(N) -> [element() || _ <- lists:seq(1, N)].

sizes() -> [0, 1, 2, 3, 5, 8, 20, 40, 79, 80, 81, 100, 170, 300, 900].

not_a_collection() -> [foo, {a, b}, [1], {1, nil, nil}].

%% ---------------------------------------------------------------------

check(queue) ->
    Queues = [{[], []}, {[1], []}, {[], [1]}, {[3, 2, 1], []}, {[], [1, 2, 3]}]
        ++ [random_queue(rand:uniform(30), queue:new()) || _ <- lists:seq(1, 1500)],
    Preds = [fun(X) -> X rem 2 =:= 0 end, fun(X) -> X > 5 end],
    Filters = [fun(X) -> [X, X] end, fun(_) -> [] end, fun(X) -> X rem 3 == 0 orelse [X * 10] end],
    Maps = [fun(X) -> if X > 4 -> {true, X * 2}; true -> X rem 2 =:= 0 end end],
    [begin
         [same(queue, F, [Q]) || F <- [is_queue, is_empty, len, to_list, out, out_r, get, get_r,
                                       peek, peek_r, drop, drop_r, reverse, head, tail, daeh,
                                       last, liat, init, lait]],
         [same(queue, F, [X, Q]) || F <- [in, in_r, member, cons, delete, delete_r], X <- [0, 1, 3, 7]],
         same(queue, snoc, [Q, 9]),
         [same(queue, split, [I, Q]) || I <- lists:seq(-1, 12)],
         [same(queue, join, [Q, Q2]) || Q2 <- [{[], []}, {[1], []}, queue:from_list([a, b, c, d])]],
         [same(queue, join, [Q2, Q]) || Q2 <- [{[], []}, {[], [1]}, foo]],
         [same(queue, filter, [Fn, Q]) || Fn <- Preds ++ Filters],
         [same(queue, filtermap, [Fn, Q]) || Fn <- Preds ++ Maps],
         [same(queue, F, [Fn, Q]) || F <- [any, all, delete_with, delete_with_r], Fn <- Preds],
         same(queue, fold, [fun(X, A) -> [X | A] end, [], Q]),
         same(queue, from_list, [queue:to_list(Q)])
     end || Q <- Queues],
    [same(queue, F, [foo]) || F <- [len, to_list, out, get, from_list, reverse]],
    ok;
check(sets) ->
    Lists = [elements(N) || N <- sizes(), _ <- [1, 2]],
    Sets = [sets:from_list(L) || L <- Lists] ++ [sets:from_list(elements(20), [{version, 2}])],
    [same(sets, from_list, [L, Opts]) || L <- Lists, Opts <- [[], [{version, 2}]]],
    [same(sets, new, [Opts]) || Opts <- [[], [{version, 1}], [{version, 2}], [{version, 3}], foo]],
    [begin
         [same(sets, F, [S]) || F <- [is_set, size, is_empty, to_list]],
         [same(sets, F, [E, S]) || F <- [is_element, add_element, del_element], E <- elements(4)],
         same(sets, filter, [fun(X) -> is_integer(X) andalso X rem 3 =:= 0 end, S]),
         same(sets, fold, [fun(X, A) -> [X | A] end, [], S]),
         Half = lists:foldl(fun sets:del_element/2, S,
                            lists:sublist(sets:to_list(S), sets:size(S) * 3 div 4)),
         same(sets, to_list, [Half]),
         [begin
              [same(sets, F, [S, S2]) || F <- [union, intersection, is_disjoint, subtract, is_subset]],
              same(sets, union, [[S, S2, S]]),
              same(sets, intersection, [[S, S2]])
          end || S2 <- lists:sublist(Sets, 6)]
     end || S <- Sets],
    [same(sets, F, [X]) || F <- [size, to_list, is_set], X <- not_a_collection()],
    ok;
check(dict) ->
    Lists = [[{element(), rand:uniform(9)} || _ <- lists:seq(1, N)] || N <- sizes(), _ <- [1, 2]],
    Dicts = [dict:from_list(L) || L <- Lists],
    [same(dict, from_list, [L]) || L <- Lists],
    [begin
         [same(dict, F, [D]) || F <- [size, is_empty, to_list, fetch_keys]],
         Keys = elements(3) ++ lists:sublist(dict:fetch_keys(D), 4),
         [same(dict, F, [K, D]) || F <- [is_key, find, fetch, erase, take], K <- Keys],
         [same(dict, F, [K, 7, D]) || F <- [store, append, update_counter], K <- Keys],
         [same(dict, append_list, [K, [a, b], D]) || K <- Keys],
         [same(dict, update, [K, fun(V) -> {V} end, D]) || K <- Keys],
         [same(dict, update, [K, fun(V) -> {V} end, init, D]) || K <- Keys],
         same(dict, filter, [fun(K, V) -> is_integer(K) andalso V > 4 end, D]),
         same(dict, map, [fun(K, V) -> {K, V} end, D]),
         same(dict, fold, [fun(K, V, A) -> [{K, V} | A] end, [], D]),
         Half = lists:foldl(fun dict:erase/2, D,
                            lists:sublist(dict:fetch_keys(D), dict:size(D) * 3 div 4)),
         same(dict, to_list, [Half]),
         [same(dict, merge, [fun(K, A, B) -> {K, A, B} end, D, D2]) || D2 <- lists:sublist(Dicts, 6)]
     end || D <- Dicts],
    [same(dict, F, [X]) || F <- [size, to_list, fetch_keys], X <- not_a_collection()],
    [same(dict, F, [a, X]) || F <- [find, fetch, erase], X <- not_a_collection()],
    ok;
check(gb_trees) ->
    [begin
         lists:foldl(fun(K, T) ->
                             same(gb_trees, insert, [K, v, T]),
                             same(gb_trees, enter, [K, w, T]),
                             gb_trees:enter(K, v, T)
                     end, gb_trees:empty(), Keys),
         T = lists:foldl(fun(K, T0) -> gb_trees:enter(K, {K}, T0) end, gb_trees:empty(), Keys),
         [same(gb_trees, F, [T]) || F <- [is_empty, size, balance, to_list, keys, values, smallest,
                                         largest, take_smallest, take_largest, iterator]],
         Probes = [0, 2, 2.0, zz | lists:sublist(Keys, 4)],
         [same(gb_trees, F, [K, T]) || F <- [lookup, get, is_defined, delete, delete_any, take,
                                             take_any, iterator_from], K <- Probes],
         [same(gb_trees, F, [K, z, T]) || F <- [insert, update, enter], K <- Probes],
         same(gb_trees, map, [fun(K, V) -> {K, V} end, T]),
         same(gb_trees, from_orddict, [gb_trees:to_list(T)]),
         same(gb_trees, next, [gb_trees:iterator(T)]),
         Half = lists:foldl(fun gb_trees:delete_any/2, T, lists:sublist(Keys, length(Keys) div 2)),
         lists:foldl(fun(K, T0) -> same(gb_trees, insert, [K, v, T0]), gb_trees:enter(K, v, T0) end,
                     Half, lists:sublist(Keys, length(Keys) div 2))
     end || Keys <- key_sequences()],
    [same(gb_trees, F, [X]) || F <- [size, to_list, smallest, take_largest, iterator, next],
                               X <- [gb_trees:empty() | not_a_collection()]],
    ok;
check(gb_sets) ->
    Grown = [lists:foldl(fun gb_sets:add/2, gb_sets:empty(), Keys) || Keys <- key_sequences()],
    [begin
         lists:foldl(fun(K, S) ->
                             same(gb_sets, insert, [K, S]),
                             same(gb_sets, add, [K, S]),
                             gb_sets:add(K, S)
                     end, gb_sets:empty(), Keys),
         S = gb_sets:from_list(Keys),
         same(gb_sets, from_list, [Keys]),
         [same(gb_sets, F, [S]) || F <- [is_empty, size, balance, to_list, smallest, largest,
                                        take_smallest, take_largest, iterator, is_set]],
         [same(gb_sets, F, [K, S]) || F <- [is_member, delete, delete_any, iterator_from],
                                      K <- [0, 2, 2.0, zz | lists:sublist(Keys, 4)]],
         same(gb_sets, filter, [fun(X) -> is_integer(X) andalso X rem 2 =:= 0 end, S]),
         same(gb_sets, fold, [fun(X, A) -> [X | A] end, [], S]),
         [begin
              [same(gb_sets, F, [S1, S2]) || F <- [union, intersection, difference, is_disjoint,
                                                  is_subset]],
              same(gb_sets, union, [[S1, S2, S]]),
              same(gb_sets, intersection, [[S1, S2, S]])
          end || S1 <- [S | lists:sublist(Grown, 10)], S2 <- [S | lists:sublist(Grown, 8, 20)]]
     end || Keys <- key_sequences()],
    [same(gb_sets, F, [X]) || F <- [size, to_list, smallest, take_largest, iterator, is_set],
                              X <- [gb_sets:empty() | not_a_collection()]],
    ok.

random_queue(0, Q) -> Q;
random_queue(N, Q) ->
    Q1 = case rand:uniform(9) of
             1 -> queue:in_r(N, Q);
             2 -> element(2, queue:out(Q));
             3 -> element(2, queue:out_r(Q));
             4 -> queue:from_list(lists:seq(1, rand:uniform(8)));
             5 -> element(rand:uniform(2), queue:split(rand:uniform(queue:len(Q) + 1) - 1, Q));
             6 -> queue:join(Q, queue:from_list(lists:seq(1, rand:uniform(4))));
             7 -> queue:filter(fun(X) -> X rem 3 =/= 0 end, Q);
             _ -> queue:in(N, Q)
         end,
    random_queue(N - 1, Q1).

%% Random keys, then ascending and descending runs (the worst case for
%% rebalancing).
key_sequences() ->
    [[rand:uniform(N * 2) || _ <- lists:seq(1, N)] || N <- [0, 1, 2, 3, 5, 8, 20, 50, 100, 300], _ <- [1, 2]]
        ++ [elements(40)]
        ++ [lists:seq(1, N) || N <- [10, 100]] ++ [lists:seq(N, 1, -1) || N <- [10, 100]].

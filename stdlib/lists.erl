%% lists: the functions of OTP's lists module that take a fun.
%%
%% The functions without funs (reverse/2, keyfind/3, seq/2, ...) are Swift
%% built-ins; the interpreter loads this file the first time a lists function
%% that has no built-in is called. Funs are applied here, in Erlang, so a fun
%% can be preempted or block in receive like any other Erlang code.
%%
%% Written from the OTP 25 documentation. Errors follow what OTP 25 does, as
%% observed from outside: a bad fun or a bad list raises function_clause (or
%% case_clause where OTP does) in the function or the helper (`map_1`,
%% `foldl_1`, ...) OTP reports, and the functions recurse (body or tail) as
%% OTP's do, so a stacktrace has the same frames. Each fun result is bound
%% before the recursive call so the fun sees the elements in list order.
%%
%% Line numbers: each function is preceded by a -file attribute giving the
%% line OTP 25's lists.erl reports for it (the line after `-file(F, N).` is
%% line N + 1), and the lines inside are laid out so that function_clause
%% errors, fun calls and recursive calls report OTP's lines too. Check with
%% `escript scripts/stdlib_vs_otp.escript`.
-module(lists).

-export([all/2, any/2, dropwhile/2, filter/2, filtermap/2, flatmap/2,
         foldl/3, foldr/3, foreach/2, keymap/3, map/2, mapfoldl/3,
         mapfoldr/3, merge/3, partition/2, search/2, sort/2, splitwith/2,
         takewhile/2, umerge/3, uniq/1, uniq/2, usort/2, zf/2, zipwith/3,
         zipwith3/4, rmerge/2, rmerge/3, rmerge3/3, rumerge/2, rumerge/3,
         rumerge3/3, rkeymerge/3, rukeymerge/3]).

%% ---------------------------------------------------------------------
%% Mapping and folding

-file("lists.erl", 1312).
map(F, List) when is_function(F, 1) ->
    case List of
        [H | T] -> V = F(H), [V | map_1(F, T)];
        [] -> []
    end.

-file("lists.erl", 1318).
map_1(F, [H | T]) ->
    V = F(H), [V | map_1(F, T)];
map_1(_F, []) -> [].

-file("lists.erl", 1330).
flatmap(F, List) when is_function(F, 1) ->
    flatmap_1(F, List).

-file("lists.erl", 1333).
flatmap_1(F, [H | T]) ->
    V = F(H), V ++ flatmap_1(F, T);
flatmap_1(_F, []) -> [].

-file("lists.erl", 1347).
foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

-file("lists.erl", 1353).
foldl_1(F, Acc, [H | T]) ->
    foldl_1(F, F(H, Acc), T);
foldl_1(_F, Acc, []) -> Acc.

-file("lists.erl", 1367).
foldr(F, Acc, List) when is_function(F, 2) ->
    foldr_1(F, Acc, List).

-file("lists.erl", 1370).
foldr_1(F, Acc, [H | T]) ->
    F(H, foldr_1(F, Acc, T));
foldr_1(_F, Acc, []) -> Acc.

-file("lists.erl", 1457).
mapfoldl(F, Acc, List) when is_function(F, 2) ->
    mapfoldl_1(F, Acc, List).

-file("lists.erl", 1460).
mapfoldl_1(F, Acc0, [H | T]) ->
    {V, Acc1} = F(H, Acc0),
    {Vs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[V | Vs], Acc2};
mapfoldl_1(_F, Acc, []) -> {[], Acc}.

-file("lists.erl", 1478).
mapfoldr(F, Acc, List) when is_function(F, 2) ->
    mapfoldr_1(F, Acc, List).

-file("lists.erl", 1481).
mapfoldr_1(F, Acc0, [H | T]) ->
    {Vs, Acc1} = mapfoldr_1(F, Acc0, T),
    {V, Acc2} = F(H, Acc1),
    {[V | Vs], Acc2};
mapfoldr_1(_F, Acc, []) -> {[], Acc}.

-file("lists.erl", 1437).
foreach(F, List) when is_function(F, 1) ->
    foreach_1(F, List).

-file("lists.erl", 1440).
foreach_1(F, [H | T]) ->
    F(H), foreach_1(F, T);
foreach_1(_F, []) -> ok.

-file("lists.erl", 982).
keymap(F, N, [Tuple | Rest]) ->
    V = F(element(N, Tuple)), [setelement(N, Tuple, V) | keymap(F, N, Rest)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

-file("lists.erl", 482).
zipwith(F, [X | Xs], [Y | Ys]) -> V = F(X, Y), [V | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

-file("lists.erl", 499).
zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) ->
    V = F(X, Y, Z), [V | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

%% ---------------------------------------------------------------------
%% Predicates

-file("lists.erl", 1264).
all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> all_1(Pred, T);
                false -> false
            end;
        [] -> true
    end.

-file("lists.erl", 1274).
all_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_1(Pred, T);
        false -> false
    end;
all_1(_Pred, []) -> true.

-file("lists.erl", 1287).
any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> true;
                false -> any_1(Pred, T)
            end;
        [] -> false
    end.

-file("lists.erl", 1297).
any_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> true;
        false -> any_1(Pred, T)
    end;
any_1(_Pred, []) -> false.

%% A comprehension, so a non-boolean result raises {bad_filter,V} and an
%% improper list {bad_generator,Tail}, as in OTP.
-file("lists.erl", 1381).
filter(Pred, List) when is_function(Pred, 1) ->
    [E || E <- List, Pred(E)].

-file("lists.erl", 1412).
filtermap(F, List) when is_function(F, 1) ->
    filtermap_1(F, List).

-file("lists.erl", 1415).
filtermap_1(F, [H | T]) ->
    case F(H) of
        false -> filtermap_1(F, T);
        true -> [H | filtermap_1(F, T)];
        {true, V} ->
            [V | filtermap_1(F, T)]
    end;
filtermap_1(_F, []) -> [].

%% zf/2 is the old name of filtermap/2.
zf(F, List) -> filtermap(F, List).

-file("lists.erl", 1394).
partition(Pred, List) when is_function(Pred, 1) ->
    partition_1(Pred, List, [], []).

-file("lists.erl", 1397).
partition_1(Pred, [H | T], Yes, No) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | Yes], No);
        false -> partition_1(Pred, T, Yes, [H | No])
    end;
partition_1(_Pred, [], Yes, No) ->
    {lists:reverse(Yes), lists:reverse(No)}.

-file("lists.erl", 1527).
search(Pred, List) when is_function(Pred, 1) ->
    search_1(Pred, List).

-file("lists.erl", 1530).
search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_Pred, []) -> false.

-file("lists.erl", 1494).
takewhile(Pred, List) when is_function(Pred, 1) ->
    takewhile_1(Pred, List).

-file("lists.erl", 1497).
takewhile_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | takewhile_1(Pred, T)];
        false -> []
    end;
takewhile_1(_Pred, []) -> [].

-file("lists.erl", 1511).
dropwhile(Pred, List) when is_function(Pred, 1) ->
    dropwhile_1(Pred, List).

-file("lists.erl", 1514).
dropwhile_1(Pred, [H | T] = List) ->
    case Pred(H) of
        true -> dropwhile_1(Pred, T);
        false -> List
    end;
dropwhile_1(_Pred, []) -> [].

-file("lists.erl", 1545).
splitwith(Pred, List) when is_function(Pred, 1) ->
    splitwith_1(Pred, List, []).

-file("lists.erl", 1548).
splitwith_1(Pred, [H | T] = List, Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {lists:reverse(Taken), List}
    end;
splitwith_1(_Pred, [], Taken) ->
    {lists:reverse(Taken), []}.

%% ---------------------------------------------------------------------
%% Removing duplicates. The elements (or keys) seen so far are the keys of
%% a map, so 1 and 1.0 count as different, as in OTP.

uniq(List) -> uniq_1(List, #{}).

-file("lists.erl", 2987).
uniq_1([X | Xs], Seen) ->
    case Seen of
        #{X := true} ->
            uniq_1(Xs, Seen);
        #{} ->
            [X | uniq_1(Xs, Seen#{X => true})]
    end;
uniq_1([], _Seen) -> [].

-file("lists.erl", 3005).
uniq(F, List) when is_function(F, 1) ->
    uniq_2(List, F, #{}).

-file("lists.erl", 3008).
uniq_2([X | Xs], F, Seen) ->
    Key = F(X),
    case Seen of
        #{Key := true} ->
            uniq_2(Xs, F, Seen);
        #{} ->
            [X | uniq_2(Xs, F, Seen#{Key => true})]
    end;
uniq_2([], _F, _Seen) -> [].

%% ---------------------------------------------------------------------
%% Sorting with an ordering fun: F(A, B) is true when A sorts before or
%% together with B. A bottom-up merge sort: the list is cut into sorted
%% runs of two, then neighbouring runs are merged until one is left.
%% Merging takes from the earlier run when F(Earlier, Later) is true, so
%% the sort is stable; for a strict F ("<") elements that compare equal
%% come out in reverse order, which is what OTP gives too. OTP's own
%% algorithm differs: it calls F in another order, and its internal
%% functions appear in the stacktrace when a list is improper.

-file("lists.erl", 1016).
sort(F, []) when is_function(F, 2) -> [];
sort(F, [_] = List) when is_function(F, 2) -> List;
%% No guard on the fun here: OTP fails with {badarity,...} or {badfun,...}
%% when it is applied.
sort(F, [X, Y | T]) ->
    First = case F(X, Y) of
                true -> [X, Y];
                false -> [Y, X]
            end,
    merge_runs(F, [First | pair_runs(F, T)]).

%% Runs of (at most) two elements, in list order.
pair_runs(F, [X, Y | T]) ->
    Run = case F(X, Y) of
              true -> [X, Y];
              false -> [Y, X]
          end,
    [Run | pair_runs(F, T)];
pair_runs(_F, [X]) -> [[X]];
pair_runs(_F, []) -> [].

merge_runs(_F, [Run]) -> Run;
merge_runs(F, Runs) -> merge_runs(F, merge_pairs(F, Runs)).

merge_pairs(F, [A, B | Rest]) ->
    [merge_2(F, A, B, []) | merge_pairs(F, Rest)];
merge_pairs(_F, Runs) -> Runs.

%% Merges the sorted lists A (earlier) and B (later), reversed onto Acc.
merge_2(F, [HA | TA] = A, [HB | TB] = B, Acc) ->
    case F(HA, HB) of
        true -> merge_2(F, TA, B, [HA | Acc]);
        false -> merge_2(F, A, TB, [HB | Acc])
    end;
merge_2(_F, [], B, Acc) -> lists:reverse(Acc, B);
merge_2(_F, A, [], Acc) -> lists:reverse(Acc, A).

%% Like sort/2, but of the elements that compare equal (F true both ways)
%% only the first is kept.
-file("lists.erl", 1056).
usort(F, [X | T]) when is_function(F, 2) -> usort_1(F, X, T);
usort(F, []) when is_function(F, 2) -> [].

-file("lists.erl", 1063).
usort_1(F, X, [Y | T]) ->
    First = case F(X, Y) of
                true ->
                    case F(Y, X) of
                        true -> [X];
                        false -> [X, Y]
                    end;
                false -> [Y, X]
            end,
    umerge_runs(F, [First | upair_runs(F, T)]);
usort_1(_F, X, []) -> [X].

upair_runs(F, [X, Y | T]) ->
    Run = case F(X, Y) of
              true ->
                  case F(Y, X) of
                      true -> [X];
                      false -> [X, Y]
                  end;
              false -> [Y, X]
          end,
    [Run | upair_runs(F, T)];
upair_runs(_F, [X]) -> [[X]];
upair_runs(_F, []) -> [].

umerge_runs(_F, [Run]) -> Run;
umerge_runs(F, Runs) -> umerge_runs(F, umerge_pairs(F, Runs)).

umerge_pairs(F, [A, B | Rest]) ->
    [umerge_2(F, A, B, []) | umerge_pairs(F, Rest)];
umerge_pairs(_F, Runs) -> Runs.

%% Merges A (earlier) and B (later), dropping the element of B when it
%% compares equal to the element of A.
umerge_2(F, [HA | TA] = A, [HB | TB] = B, Acc) ->
    case F(HA, HB) of
        true ->
            case F(HB, HA) of
                true -> umerge_2(F, TA, TB, [HA | Acc]);
                false -> umerge_2(F, TA, B, [HA | Acc])
            end;
        false -> umerge_2(F, A, TB, [HB | Acc])
    end;
umerge_2(_F, [], B, Acc) -> lists:reverse(Acc, B);
umerge_2(_F, A, [], Acc) -> lists:reverse(Acc, A).

%% merge/3 and umerge/3 take two lists already sorted by F; on equal
%% elements the one from the first list comes first (umerge/3 drops the one
%% from the second list).
-file("lists.erl", 1036).
merge(F, L1, [_ | _] = L2) when is_function(F, 2) ->
    merge_2(F, L1, L2, []);
merge(F, L1, []) when is_function(F, 2) -> L1.

-file("lists.erl", 1089).
umerge(F, [], L2) when is_function(F, 2) -> L2;
%% (The clause below reports line 1093, as OTP's does.)
umerge(F, [_ | _] = L1, L2) when is_function(F, 2) ->
    umerge_2(F, L1, L2, []).

%% ---------------------------------------------------------------------
%% Reverse merging (undocumented; what sort/usort/keysort use internally).
%% The lists are sorted in descending order (by F: F(A, B) is false when A
%% comes first). On equal elements rmerge* puts the later list's first,
%% rumerge* keeps the earlier list's and drops the other. Checked against
%% OTP 25 for well-formed lists and the common bad arguments; the line
%% numbers are not OTP's.

rmerge(L1, []) -> L1;
rmerge(L1, [_ | _] = L2) -> rmerge_2(L1, L2).

rmerge_2([H1 | T1], [H2 | _] = L2) when H1 > H2 -> [H1 | rmerge_2(T1, L2)];
rmerge_2([_ | _] = L1, [H2 | T2]) -> [H2 | rmerge_2(L1, T2)];
rmerge_2([], L2) -> L2 ++ [];
rmerge_2([_ | _] = L1, []) -> L1 ++ [].

rmerge(F, L1, []) when is_function(F, 2) -> L1;
rmerge(F, L1, [_ | _] = L2) when is_function(F, 2) -> rmerge_f(F, L1, L2).

rmerge_f(F, [H1 | T1] = L1, [H2 | T2] = L2) ->
    case F(H1, H2) of
        false -> [H1 | rmerge_f(F, T1, L2)];
        true -> [H2 | rmerge_f(F, L1, T2)]
    end;
rmerge_f(_F, [], L2) -> L2 ++ [];
rmerge_f(_F, [_ | _] = L1, []) -> L1 ++ [].

rmerge3(L1, L2, L3) -> rmerge(L1, rmerge(L2, L3)).

rumerge(L1, []) -> L1;
rumerge(L1, [_ | _] = L2) -> rumerge_2(L1, L2).

rumerge_2([H1 | T1], [H2 | _] = L2) when H1 > H2 -> [H1 | rumerge_2(T1, L2)];
rumerge_2([H1 | _] = L1, [H2 | T2]) when H1 < H2 -> [H2 | rumerge_2(L1, T2)];
rumerge_2([H1 | T1], [_ | T2]) -> [H1 | rumerge_2(T1, T2)];
rumerge_2([], L2) -> L2 ++ [];
rumerge_2([_ | _] = L1, []) -> L1 ++ [].

rumerge(F, L1, []) when is_function(F, 2) -> L1;
rumerge(F, L1, [_ | _] = L2) when is_function(F, 2) -> rumerge_f(F, L1, L2).

rumerge_f(F, [H1 | T1] = L1, [H2 | T2] = L2) ->
    case F(H1, H2) of
        false -> [H1 | rumerge_f(F, T1, L2)];
        true ->
            case F(H2, H1) of
                true -> [H1 | rumerge_f(F, T1, T2)];
                false -> [H2 | rumerge_f(F, L1, T2)]
            end
    end;
rumerge_f(_F, [], L2) -> L2 ++ [];
rumerge_f(_F, [_ | _] = L1, []) -> L1 ++ [].

rumerge3(L1, L2, L3) -> rumerge(L1, rumerge(L2, L3)).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> rkeymerge_2(N, L1, L2)
    end.

rkeymerge_2(N, [H1 | T1], [H2 | _] = L2) when element(N, H1) > element(N, H2) ->
    [H1 | rkeymerge_2(N, T1, L2)];
rkeymerge_2(N, [H1 | _] = L1, [H2 | T2]) when element(N, H1) =< element(N, H2) ->
    [H2 | rkeymerge_2(N, L1, T2)];
rkeymerge_2(N, [H1 | _], [H2 | _]) -> key_check(N, [H1, H2]);
rkeymerge_2(N, [], L2) -> key_check(N, L2);
rkeymerge_2(_N, [_ | _] = L1, []) -> L1.

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> rukeymerge_2(N, L1, L2)
    end.

rukeymerge_2(N, [H1 | T1], [H2 | _] = L2) when element(N, H1) > element(N, H2) ->
    [H1 | rukeymerge_2(N, T1, L2)];
rukeymerge_2(N, [H1 | _] = L1, [H2 | T2]) when element(N, H1) < element(N, H2) ->
    [H2 | rukeymerge_2(N, L1, T2)];
rukeymerge_2(N, [H1 | T1], [H2 | T2]) when element(N, H1) == element(N, H2) ->
    [H1 | rukeymerge_2(N, T1, T2)];
rukeymerge_2(N, [H1 | _], [H2 | _]) -> key_check(N, [H1, H2]);
rukeymerge_2(N, [], L2) -> key_check(N, L2);
rukeymerge_2(_N, [_ | _] = L1, []) -> L1.

%% The rest of a list whose elements must all have an N-th element
%% (badarg, as OTP, for one that does not or for an improper list).
key_check(N, L) -> key_check(N, L, L).

key_check(N, [H | T], L) when tuple_size(H) >= N -> key_check(N, T, L);
key_check(_N, [], L) -> L;
key_check(_N, _, _) -> erlang:error(badarg).

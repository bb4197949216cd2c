%% maps: the functions of OTP's maps module that take a fun.
%%
%% The others (get/2, put/3, to_list/1, iterator/1, next/1, ...) are Swift
%% built-ins. Written from the OTP 25 documentation; errors follow OTP 25: a
%% bad fun or a bad map or iterator argument raises badarg, {badmap,M} or
%% {badkey,K} with the arguments of the function called and OTP's error_info,
%% so the error is reported against maps:map/2 and not some helper.
%%
%% Functions that accept "a map or an iterator" walk a list of {Key, Value}
%% pairs: maps:to_list/1 for a map, maps:next/1 repeatedly for an iterator.
%% The fun sees the pairs in the same order either way.
%%
%% Line numbers: as in lists.erl, -file attributes and the layout give the
%% frames in which a fun is called OTP 25's line numbers. (OTP raises its
%% argument errors on lines 578 and 581 from an inlined helper; here they
%% come from the functions themselves, on other lines.)
-module(maps).

-export([filter/2, filtermap/2, fold/3, foreach/2, groups_from_list/2,
         groups_from_list/3, intersect_with/3, map/2, merge_with/3,
         update_with/3, update_with/4]).

-define(ERROR_INFO, [{error_info, #{module => erl_stdlib_errors}}]).

-file("maps.erl", 426).
map(F, MapOrIter) when is_function(F, 2) ->
    case pairs(MapOrIter) of
        {ok, Pairs} -> maps:from_list(map_1(F, Pairs));
        error -> erlang:error({badmap, MapOrIter}, [F, MapOrIter], ?ERROR_INFO)
    end;
map(F, MapOrIter) ->
    erlang:error(badarg, [F, MapOrIter], ?ERROR_INFO).

-file("maps.erl", 437).
map_1(F, [{K, V} | Rest]) ->
    New = F(K, V), [{K, New} | map_1(F, Rest)];
map_1(_F, []) -> [].

fold(F, Acc, MapOrIter) when is_function(F, 3) ->
    case pairs(MapOrIter) of
        {ok, Pairs} -> fold_1(F, Acc, Pairs);
        error -> erlang:error({badmap, MapOrIter}, [F, Acc, MapOrIter], ?ERROR_INFO)
    end;
fold(F, Acc, MapOrIter) ->
    erlang:error(badarg, [F, Acc, MapOrIter], ?ERROR_INFO).

-file("maps.erl", 409).
fold_1(F, Acc, [{K, V} | Rest]) ->
    fold_1(F, F(K, V, Acc), Rest);
fold_1(_F, Acc, []) -> Acc.

-file("maps.erl", 307).
filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    case pairs(MapOrIter) of
        {ok, Pairs} -> maps:from_list(filter_1(Pred, Pairs));
        error -> erlang:error({badmap, MapOrIter}, [Pred, MapOrIter], ?ERROR_INFO)
    end;
filter(Pred, MapOrIter) ->
    erlang:error(badarg, [Pred, MapOrIter], ?ERROR_INFO).

-file("maps.erl", 317).
filter_1(Pred, [{K, V} = Pair | Rest]) ->
    case Pred(K, V) of
        true ->
            [Pair | filter_1(Pred, Rest)];
        false -> filter_1(Pred, Rest)
    end;
filter_1(_Pred, []) -> [].

-file("maps.erl", 339).
filtermap(F, MapOrIter) when is_function(F, 2) ->
    case pairs(MapOrIter) of
        {ok, Pairs} -> maps:from_list(filtermap_1(F, Pairs));
        error -> erlang:error({badmap, MapOrIter}, [F, MapOrIter], ?ERROR_INFO)
    end;
filtermap(F, MapOrIter) ->
    erlang:error(badarg, [F, MapOrIter], ?ERROR_INFO).

-file("maps.erl", 349).
filtermap_1(F, [{K, V} = Pair | Rest]) ->
    case F(K, V) of
        true ->
            [Pair | filtermap_1(F, Rest)];
        {true, New} ->
            [{K, New} | filtermap_1(F, Rest)];
        false -> filtermap_1(F, Rest)
    end;
filtermap_1(_F, []) -> [].

foreach(F, MapOrIter) when is_function(F, 2) ->
    case pairs(MapOrIter) of
        {ok, Pairs} -> foreach_1(F, Pairs);
        error -> erlang:error({badmap, MapOrIter}, [F, MapOrIter], ?ERROR_INFO)
    end;
foreach(F, MapOrIter) ->
    erlang:error(badarg, [F, MapOrIter], ?ERROR_INFO).

-file("maps.erl", 379).
foreach_1(F, [{K, V} | Rest]) ->
    F(K, V), foreach_1(F, Rest);
foreach_1(_F, []) -> ok.

%% The {Key, Value} pairs of a map or an iterator, or error when the
%% argument is neither. (erlang:error/3 must be called from the exported
%% function itself: it replaces the arguments of the calling frame.)
pairs(Map) when is_map(Map) -> {ok, maps:to_list(Map)};
pairs(none) -> {ok, []};
pairs({_, _, _} = Iter) -> {ok, iterator_pairs(Iter)};
pairs([_ | Map] = Iter) when is_map(Map) -> {ok, iterator_pairs(Iter)};
pairs(_) -> error.

iterator_pairs(Iter) ->
    case maps:next(Iter) of
        {K, V, Next} -> [{K, V} | iterator_pairs(Next)];
        none -> []
    end.

%% ---------------------------------------------------------------------

-file("maps.erl", 261).
update_with(Key, F, Map) when is_map(Map), is_function(F, 1) ->
    case Map of
        #{Key := Old} -> Map#{Key := F(Old)};
        #{} -> erlang:error({badkey, Key}, [Key, F, Map])
    end;
update_with(Key, F, Map) ->
    erlang:error(map_or_fun_error(Map), [Key, F, Map], ?ERROR_INFO).

-file("maps.erl", 275).
update_with(Key, F, Init, Map) when is_map(Map), is_function(F, 1) ->
    case Map of
        #{Key := Old} -> Map#{Key := F(Old)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, F, Init, Map) ->
    erlang:error(map_or_fun_error(Map), [Key, F, Init, Map], ?ERROR_INFO).

%% update_with reports a bad map before a bad fun.
map_or_fun_error(Map) when not is_map(Map) -> {badmap, Map};
map_or_fun_error(_Map) -> badarg.

%% ---------------------------------------------------------------------
%% Combining two maps: Combiner(Key, Value1, Value2) gives the value of a key
%% present in both. The fun is checked before the maps.

merge_with(Combiner, Map1, Map2) when is_function(Combiner, 3),
                                      is_map(Map1), is_map(Map2) ->
    merge_with_1(Combiner, maps:to_list(Map2), Map1, Map1);
merge_with(Combiner, Map1, Map2) ->
    Args = [Combiner, Map1, Map2],
    erlang:error(combine_error(Combiner, Map1, Map2), Args, ?ERROR_INFO).

%% Adds the pairs of the second map to Acc (which starts as Map1).
-file("maps.erl", 186).
merge_with_1(Combiner, [{K, V2} | Rest], Map1, Acc) ->
    case Map1 of
        #{K := V1} ->
            merge_with_1(Combiner, Rest, Map1, Acc#{K := Combiner(K, V1, V2)});
        #{} -> merge_with_1(Combiner, Rest, Map1, Acc#{K => V2})
    end;
merge_with_1(_Combiner, [], _Map1, Acc) -> Acc.

intersect_with(Combiner, Map1, Map2) when is_function(Combiner, 3),
                                          is_map(Map1), is_map(Map2) ->
    intersect_with_iterate(Combiner, maps:to_list(Map1), Map2, #{});
intersect_with(Combiner, Map1, Map2) ->
    Args = [Combiner, Map1, Map2],
    erlang:error(combine_error(Combiner, Map1, Map2), Args, ?ERROR_INFO).

%% Adds to Acc the keys of the pairs (from the first map) found in Map2.
-file("maps.erl", 125).
intersect_with_iterate(Combiner, [{K, V1} | Rest], Map2, Acc) ->
    case Map2 of
        #{K := V2} ->
            intersect_with_iterate(Combiner, Rest, Map2, Acc#{K => Combiner(K, V1, V2)});
        #{} -> intersect_with_iterate(Combiner, Rest, Map2, Acc)
    end;
intersect_with_iterate(_Combiner, [], _Map2, Acc) -> Acc.

combine_error(Combiner, _Map1, _Map2) when not is_function(Combiner, 3) -> badarg;
combine_error(_Combiner, Map1, _Map2) when not is_map(Map1) -> {badmap, Map1};
combine_error(_Combiner, _Map1, Map2) -> {badmap, Map2}.

%% ---------------------------------------------------------------------
%% Groups: KeyFun(Elem) => [ValueFun(Elem), ...] in list order. The list is
%% reversed first (which also rejects an improper list before any fun is
%% called, as OTP does) so each group can be built by prepending.

groups_from_list(KeyFun, List) when is_function(KeyFun, 1) ->
    case reversed(List) of
        {ok, Rev} -> groups_from_list_1(KeyFun, Rev, #{});
        error -> erlang:error(badarg, [KeyFun, List], ?ERROR_INFO)
    end;
groups_from_list(KeyFun, List) ->
    erlang:error(badarg, [KeyFun, List], ?ERROR_INFO).

-file("maps.erl", 520).
groups_from_list_1(KeyFun, [Elem | Rest], Groups) ->
    groups_from_list_1(KeyFun, Rest, prepend(KeyFun(Elem), Elem, Groups));
groups_from_list_1(_KeyFun, [], Groups) -> Groups.

groups_from_list(KeyFun, ValueFun, List) when is_function(KeyFun, 1),
                                              is_function(ValueFun, 1) ->
    case reversed(List) of
        {ok, Rev} -> groups_from_list_2(KeyFun, ValueFun, Rev, #{});
        error -> erlang:error(badarg, [KeyFun, ValueFun, List], ?ERROR_INFO)
    end;
groups_from_list(KeyFun, ValueFun, List) ->
    erlang:error(badarg, [KeyFun, ValueFun, List], ?ERROR_INFO).

-file("maps.erl", 553).
groups_from_list_2(KeyFun, ValueFun, [Elem | Rest], Groups) ->
    Key = KeyFun(Elem), Value = ValueFun(Elem),
    groups_from_list_2(KeyFun, ValueFun, Rest, prepend(Key, Value, Groups));
groups_from_list_2(_KeyFun, _ValueFun, [], Groups) -> Groups.

prepend(Key, Value, Groups) ->
    case Groups of
        #{Key := Values} -> Groups#{Key := [Value | Values]};
        #{} -> Groups#{Key => [Value]}
    end.

reversed(List) -> reversed(List, []).

reversed([H | T], Acc) -> reversed(T, [H | Acc]);
reversed([], Acc) -> {ok, Acc};
reversed(_, _Acc) -> error.

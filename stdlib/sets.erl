%% sets: unordered sets, written from the OTP 25 documentation and from
%% observing OTP's results.
%%
%% Version 2 sets (new([{version, 2}])) are maps with [] as every value.
%% Version 1 sets, the default, are OTP's linear hash table, a record:
%%   size     number of elements
%%   n        number of active slots (buckets), at least 16
%%   maxn     slots the current segments can hold; n =< maxn
%%   bso      buddy slot offset, maxn div 2: slot S > n is stored at S - bso
%%   exp_size the table grows a slot when size exceeds it (n * 5)
%%   con_size the table loses a slot when size falls below it (n * 3)
%%   empty    an empty segment: a tuple of 16 empty buckets
%%   segs     the segments, a tuple of tuples of buckets (lists)
%% An element's slot comes from its hash (swerl_phash:hash_slot/2: OTP's erlang:phash/2
%% for atoms, numbers, binaries, tuples and lists), so elements list in
%% OTP's order.
-module(sets).
-compile({no_auto_import, [size/1]}).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1,
         from_list/1, from_list/2, is_element/2, add_element/2,
         del_element/2, union/1, union/2, intersection/1, intersection/2,
         is_disjoint/2, subtract/2, is_subset/2, fold/3, filter/2]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(set, {size = 0, n = ?SEG_SIZE, maxn = ?SEG_SIZE, bso = ?SEG_SIZE div 2,
              exp_size = ?SEG_SIZE * ?EXPAND_LOAD,
              con_size = ?SEG_SIZE * ?CONTRACT_LOAD,
              empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #set{empty = Empty, segs = {Empty}}.

new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(L) -> from_store(lists:foldl(fun store_add/2, to_store(new()), L)).

from_list(L, [{version, 2}]) -> maps:from_keys(L, []);
from_list(L, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(L);
        2 -> maps:from_keys(L, [])
    end.

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = Size}) -> Size.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = Size}) -> Size =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, Acc) -> [E | Acc] end, [], S).

is_element(E, #{} = S) -> is_map_key(E, S);
is_element(E, #set{} = S) -> lists:member(E, bucket(S, slot(S, E))).

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bucket = bucket(S, Slot),
    case lists:member(E, Bucket) of
        true -> S;
        false ->
            S1 = set_bucket(S, Slot, [E | Bucket]),
            maybe_expand(S1#set{size = S1#set.size + 1})
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bucket = bucket(S, Slot),
    case lists:member(E, Bucket) of
        false -> S;
        true ->
            S1 = set_bucket(S, Slot, lists:delete(E, Bucket)),
            maybe_contract(S1#set{size = S1#set.size - 1})
    end.

%% ---------------------------------------------------------------------
%% Set algebra. Two maps give a map; otherwise elements are added to or
%% removed from the first set, one at a time.

union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> add_all(S1, S2);
        false -> add_all(S2, S1)
    end.

add_all(From, #set{} = To) -> from_store(fold(fun store_add/2, to_store(To), From));
add_all(From, To) -> fold(fun add_element/2, To, From).

union([S1, S2 | Ss]) -> union([union(S1, S2) | Ss]);
union([S]) -> S;
union([]) -> new().

intersection(#{} = S1, #{} = S2) ->
    case map_size(S1) < map_size(S2) of
        true -> maps:filter(fun(E, _) -> is_map_key(E, S2) end, S1);
        false -> maps:filter(fun(E, _) -> is_map_key(E, S1) end, S2)
    end;
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> filter(fun(E) -> is_element(E, S2) end, S1);
        false -> filter(fun(E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection([intersection(S1, S2) | Ss]);
intersection([S]) -> S.

is_disjoint(S1, S2) ->
    {Small, Big} = case size(S1) < size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    fold(fun(_, false) -> false;
            (E, true) -> not is_element(E, Big)
         end, true, Small).

subtract(S1, S2) -> filter(fun(E) -> not is_element(E, S2) end, S1).

is_subset(S1, S2) ->
    fold(fun(_, false) -> false;
            (E, true) -> is_element(E, S2)
         end, true, S1).

fold(Fun, Acc, #{} = S) when is_function(Fun, 2) ->
    maps:fold(fun(E, _, A) -> Fun(E, A) end, Acc, S);
fold(Fun, Acc, #set{segs = Segs}) when is_function(Fun, 2) ->
    fold_segs(Fun, Acc, Segs, tuple_size(Segs)).

filter(Pred, #{} = S) when is_function(Pred, 1) ->
    maps:filter(fun(E, _) -> Pred(E) end, S);
filter(Pred, #set{segs = Segs} = S) when is_function(Pred, 1) ->
    {NewSegs, Removed} = filter_segs(Pred, tuple_to_list(Segs), [], 0),
    %% Like OTP, at most one slot is given back, however many were removed.
    maybe_contract(S#set{segs = NewSegs, size = S#set.size - Removed}).

%% ---------------------------------------------------------------------
%% The hash table. Slots are numbered from 1; slot I is bucket
%% (I - 1) rem 16 + 1 of segment (I - 1) div 16 + 1.

%% Segments and buckets are visited from the last to the first.
fold_segs(_Fun, Acc, _Segs, 0) -> Acc;
fold_segs(Fun, Acc, Segs, I) ->
    Seg = element(I, Segs),
    fold_segs(Fun, fold_seg(Fun, Acc, Seg, tuple_size(Seg)), Segs, I - 1).

fold_seg(_Fun, Acc, _Seg, 0) -> Acc;
fold_seg(Fun, Acc, Seg, I) ->
    fold_seg(Fun, lists:foldl(Fun, Acc, element(I, Seg)), Seg, I - 1).

filter_segs(Pred, [Seg | Segs], Done, Removed) ->
    {Buckets, R} = filter_buckets(Pred, tuple_to_list(Seg), [], Removed),
    filter_segs(Pred, Segs, [list_to_tuple(Buckets) | Done], R);
filter_segs(_Pred, [], Done, Removed) ->
    {list_to_tuple(lists:reverse(Done)), Removed}.

filter_buckets(Pred, [B | Bs], Done, Removed) ->
    %% Kept in reverse order, as OTP does.
    Kept = lists:foldl(fun(E, Acc) ->
                               case Pred(E) of
                                   true -> [E | Acc];
                                   false -> Acc
                               end
                       end, [], B),
    filter_buckets(Pred, Bs, [Kept | Done], Removed + length(B) - length(Kept));
filter_buckets(_Pred, [], Done, Removed) -> {lists:reverse(Done), Removed}.

slot(#set{maxn = MaxN, n = N, bso = Bso}, E) ->
    case swerl_phash:hash_slot(E, MaxN) of
        H when H > N -> H - Bso;
        H -> H
    end.

bucket(#set{segs = Segs}, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1, element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

set_bucket(#set{segs = Segs} = S, Slot, Bucket) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    BucketI = (Slot - 1) rem ?SEG_SIZE + 1,
    Seg = setelement(BucketI, element(SegI, Segs), Bucket),
    S#set{segs = setelement(SegI, Segs, Seg)}.

%% Adding many elements: every add_element/2 copies the segment tuple, so
%% bulk additions work on a store, {Set, #{Slot => Bucket}}, whose buckets
%% are converted back to segments once at the end. The steps are those of
%% add_element/2, so the result is the same set.
to_store(#set{segs = Segs} = S) ->
    Slots = [{Slot, B} || {Slot, B} <- lists:zip(lists:seq(1, S#set.maxn), all_buckets(Segs)),
                          B =/= []],
    {S, maps:from_list(Slots)}.

all_buckets(Segs) -> lists:append([tuple_to_list(Seg) || Seg <- tuple_to_list(Segs)]).

from_store({#set{maxn = MaxN} = S, Buckets}) ->
    Segs = [list_to_tuple([maps:get(Slot, Buckets, [])
                           || Slot <- lists:seq(First, First + ?SEG_SIZE - 1)])
            || First <- lists:seq(1, MaxN, ?SEG_SIZE)],
    S#set{segs = list_to_tuple(Segs)}.

store_add(E, {S, Buckets} = Store) ->
    Slot = slot(S, E),
    Bucket = maps:get(Slot, Buckets, []),
    case lists:member(E, Bucket) of
        true -> Store;
        false ->
            store_expand({S#set{size = S#set.size + 1}, Buckets#{Slot => [E | Bucket]}})
    end.

store_expand({#set{size = Size, exp_size = Exp}, _} = Store) when Size =< Exp -> Store;
store_expand({#set{n = N, maxn = MaxN, bso = Bso} = S0, Buckets}) ->
    S = case N =:= MaxN of
            true -> S0#set{maxn = 2 * MaxN, bso = 2 * Bso};
            false -> S0
        end,
    N1 = N + 1,
    Old = N1 - S#set.bso,
    S1 = S#set{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    {Stay, Move} = lists:partition(fun(E) -> swerl_phash:hash_slot(E, S1#set.maxn) =:= Old end,
                                   maps:get(Old, Buckets, [])),
    {S1, Buckets#{Old => Stay, N1 => Move}}.

%% One more slot once size exceeds exp_size: the elements of slot
%% N1 - bso are shared between it and the new slot N1 by their hash.
maybe_expand(#set{size = Size, exp_size = Exp} = S) when Size =< Exp -> S;
maybe_expand(#set{n = N, maxn = MaxN} = S0) ->
    S = case N =:= MaxN of
            true -> grow_segs(S0);
            false -> S0
        end,
    N1 = N + 1,
    Old = N1 - S#set.bso,
    S1 = S#set{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    {Stay, Move} = lists:partition(fun(E) -> swerl_phash:hash_slot(E, S1#set.maxn) =:= Old end,
                                   bucket(S1, Old)),
    set_bucket(set_bucket(S1, Old, Stay), N1, Move).

grow_segs(#set{maxn = MaxN, bso = Bso, segs = Segs, empty = Empty} = S) ->
    More = lists:duplicate(tuple_size(Segs), Empty),
    S#set{maxn = 2 * MaxN, bso = 2 * Bso,
          segs = list_to_tuple(tuple_to_list(Segs) ++ More)}.

%% One slot less once size falls below con_size: the last slot's elements
%% go back to its buddy.
maybe_contract(#set{size = Size, con_size = Con, n = N} = S)
  when Size < Con, N > ?SEG_SIZE ->
    Buddy = N - S#set.bso,
    Merged = bucket(S, Buddy) ++ bucket(S, N),
    N1 = N - 1,
    S1 = set_bucket(set_bucket(S, N, []), Buddy, Merged),
    S2 = S1#set{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    case N1 =:= S#set.bso of
        true -> shrink_segs(S2);
        false -> S2
    end;
maybe_contract(S) -> S.

shrink_segs(#set{maxn = MaxN, bso = Bso, segs = Segs} = S) ->
    Kept = lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2),
    S#set{maxn = MaxN div 2, bso = Bso div 2, segs = list_to_tuple(Kept)}.

%% ---------------------------------------------------------------------

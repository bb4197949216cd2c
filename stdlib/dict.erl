%% dict: key-value dictionaries, written from the OTP 25 documentation and
%% from observing OTP's results.
%%
%% The representation is OTP's linear hash table, the same as a version 1
%% set of sets.erl (see there for the fields), whose buckets hold
%% [Key | Value] pairs. Keys are matched with =:=. Slots come from OTP's
%% erlang:phash/2, reproduced for atoms, numbers, binaries, tuples and lists, so
%% dictionaries of such keys print and list in OTP's order.
-module(dict).
-compile({no_auto_import, [size/1]}).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3, append/3,
         append_list/3, update/3, update/4, update_counter/3, fold/3, map/2,
         filter/2, merge/3]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict, {size = 0, n = ?SEG_SIZE, maxn = ?SEG_SIZE, bso = ?SEG_SIZE div 2,
               exp_size = ?SEG_SIZE * ?EXPAND_LOAD,
               con_size = ?SEG_SIZE * ?CONTRACT_LOAD,
               empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #dict{empty = Empty, segs = {Empty}}.

from_list(L) ->
    from_store(lists:foldl(fun({K, V}, Store) -> store_put(K, fun(_) -> V end, V, Store) end,
                           to_store(new()), L)).

size(#dict{size = Size}) -> Size.

is_empty(#dict{size = Size}) -> Size =:= 0.

to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

fetch_keys(D) -> fold(fun(K, _, Acc) -> [K | Acc] end, [], D).

is_key(Key, D) -> find_pair(Key, bucket(D, slot(D, Key))) =/= error.

find(Key, D) ->
    case find_pair(Key, bucket(D, slot(D, Key))) of
        {ok, _} = Found -> Found;
        error -> error
    end.

fetch(Key, D) ->
    case find_pair(Key, bucket(D, slot(D, Key))) of
        {ok, Value} -> Value;
        error -> erlang:error(badarg, [Key, D])
    end.

find_pair(Key, [[K | V] | _]) when K =:= Key -> {ok, V};
find_pair(Key, [_ | Bucket]) -> find_pair(Key, Bucket);
find_pair(_, []) -> error.

%% ---------------------------------------------------------------------
%% Updating. change/4 applies Fun to the value of Key (error when absent)
%% and stores its result in place; a new key's pair ends its bucket.

store(Key, Value, D) -> put_value(Key, fun(_) -> Value end, Value, D).

append(Key, Value, D) -> put_value(Key, fun(Old) -> Old ++ [Value] end, [Value], D).

append_list(Key, Values, D) -> put_value(Key, fun(Old) -> Old ++ Values end, Values, D).

update(Key, Fun, D) ->
    case change(Key, Fun, D) of
        error -> erlang:error(badarg, [Key, Fun, D]);
        D1 -> D1
    end.

update(Key, Fun, Initial, D) -> put_value(Key, Fun, Initial, D).

update_counter(Key, Incr, D) when is_number(Incr) ->
    put_value(Key, fun(Old) -> Old + Incr end, Incr, D).

put_value(Key, Fun, Initial, D) ->
    case change(Key, Fun, D) of
        error ->
            Slot = slot(D, Key),
            D1 = set_bucket(D, Slot, bucket(D, Slot) ++ [[Key | Initial]]),
            maybe_expand(D1#dict{size = D1#dict.size + 1});
        D1 -> D1
    end.

change(Key, Fun, D) ->
    Slot = slot(D, Key),
    case change_bucket(Key, Fun, bucket(D, Slot)) of
        error -> error;
        Bucket -> set_bucket(D, Slot, Bucket)
    end.

change_bucket(Key, Fun, [[K | V] | Bucket]) when K =:= Key -> [[K | Fun(V)] | Bucket];
change_bucket(Key, Fun, [Pair | Bucket]) ->
    case change_bucket(Key, Fun, Bucket) of
        error -> error;
        Bucket1 -> [Pair | Bucket1]
    end;
change_bucket(_, _, []) -> error.

erase(Key, D) ->
    case take(Key, D) of
        {_, D1} -> D1;
        error -> D
    end.

take(Key, D) ->
    Slot = slot(D, Key),
    case take_pair(Key, bucket(D, Slot)) of
        {Value, Bucket} ->
            D1 = set_bucket(D, Slot, Bucket),
            {Value, maybe_contract(D1#dict{size = D1#dict.size - 1})};
        error -> error
    end.

take_pair(Key, [[K | V] | Bucket]) when K =:= Key -> {V, Bucket};
take_pair(Key, [Pair | Bucket]) ->
    case take_pair(Key, Bucket) of
        {V, Bucket1} -> {V, [Pair | Bucket1]};
        error -> error
    end;
take_pair(_, []) -> error.

%% ---------------------------------------------------------------------
%% Whole dictionaries.

%% Record fields are read with D#dict.F where OTP fails with
%% {badrecord, D} on a term that is not a dictionary.
fold(Fun, Acc, D) when is_function(Fun, 3) ->
    Segs = D#dict.segs,
    fold_segs(fun([K | V], A) -> Fun(K, V, A) end, Acc, Segs, tuple_size(Segs)).

map(Fun, D) when is_function(Fun, 2) ->
    Segs = D#dict.segs,
    MapSeg = fun(Seg) ->
                     list_to_tuple([[[K | Fun(K, V)] || [K | V] <- B]
                                    || B <- tuple_to_list(Seg)])
             end,
    D#dict{segs = list_to_tuple([MapSeg(Seg) || Seg <- tuple_to_list(Segs)])}.

filter(Pred, D) when is_function(Pred, 2) ->
    Segs = D#dict.segs,
    {NewSegs, Removed} = filter_segs(fun([K | V]) -> Pred(K, V) end,
                                     tuple_to_list(Segs), [], 0),
    %% Like OTP, at most one slot is given back, however many were removed.
    maybe_contract(D#dict{segs = NewSegs, size = D#dict.size - Removed}).

%% The pairs of the smaller dictionary are stored into the bigger one;
%% Fun(Key, Value1, Value2) resolves a key present in both.
merge(Fun, D1, D2) when is_function(Fun, 3), D1#dict.size < D2#dict.size ->
    Put = fun(K, V1, Store) -> store_put(K, fun(V2) -> Fun(K, V1, V2) end, V1, Store) end,
    from_store(fold(Put, to_store(D2), D1));
merge(Fun, D1, D2) when is_function(Fun, 3) ->
    Put = fun(K, V2, Store) -> store_put(K, fun(V1) -> Fun(K, V1, V2) end, V2, Store) end,
    %% Like OTP, D2 is checked first, and an empty D2 leaves D1 untouched
    %% (whatever it is).
    case D2#dict.size of
        0 -> D1;
        _ -> from_store(fold(Put, to_store(D1), D2))
    end.

%% ---------------------------------------------------------------------
%% The hash table, as in sets.erl. Slot I is bucket (I - 1) rem 16 + 1 of
%% segment (I - 1) div 16 + 1.

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
    Kept = [E || E <- B, Pred(E)],
    filter_buckets(Pred, Bs, [Kept | Done], Removed + length(B) - length(Kept));
filter_buckets(_Pred, [], Done, Removed) -> {lists:reverse(Done), Removed}.

slot(D, Key) ->
    case swerl_phash:hash_slot(Key, D#dict.maxn) of
        H when H > D#dict.n -> H - D#dict.bso;
        H -> H
    end.

bucket(#dict{segs = Segs}, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1, element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

set_bucket(#dict{segs = Segs} = D, Slot, Bucket) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    BucketI = (Slot - 1) rem ?SEG_SIZE + 1,
    Seg = setelement(BucketI, element(SegI, Segs), Bucket),
    D#dict{segs = setelement(SegI, Segs, Seg)}.

%% Storing many keys: every store/3 copies the segment tuple, so bulk
%% stores work on a store, {Dict, #{Slot => Bucket}}, whose buckets are
%% converted back to segments once at the end. The steps are those of
%% put_value/4, so the result is the same dictionary.
to_store(D) ->
    Segs = D#dict.segs,
    Buckets = lists:append([tuple_to_list(Seg) || Seg <- tuple_to_list(Segs)]),
    Slots = [{Slot, B} || {Slot, B} <- lists:zip(lists:seq(1, length(Buckets)), Buckets), B =/= []],
    {D, maps:from_list(Slots)}.

from_store({#dict{maxn = MaxN} = D, Buckets}) ->
    Segs = [list_to_tuple([maps:get(Slot, Buckets, [])
                           || Slot <- lists:seq(First, First + ?SEG_SIZE - 1)])
            || First <- lists:seq(1, MaxN, ?SEG_SIZE)],
    D#dict{segs = list_to_tuple(Segs)}.

store_put(Key, Fun, Initial, {D, Buckets}) ->
    Slot = slot(D, Key),
    Bucket = maps:get(Slot, Buckets, []),
    case change_bucket(Key, Fun, Bucket) of
        error ->
            store_expand({D#dict{size = D#dict.size + 1},
                          Buckets#{Slot => Bucket ++ [[Key | Initial]]}});
        Bucket1 -> {D, Buckets#{Slot => Bucket1}}
    end.

store_expand({#dict{size = Size, exp_size = Exp}, _} = Store) when Size =< Exp -> Store;
store_expand({#dict{n = N, maxn = MaxN, bso = Bso} = D0, Buckets}) ->
    D = case N =:= MaxN of
            true -> D0#dict{maxn = 2 * MaxN, bso = 2 * Bso};
            false -> D0
        end,
    N1 = N + 1,
    Old = N1 - D#dict.bso,
    D1 = D#dict{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    {Stay, Move} = lists:partition(fun([K | _]) -> swerl_phash:hash_slot(K, D1#dict.maxn) =:= Old end,
                                   maps:get(Old, Buckets, [])),
    {D1, Buckets#{Old => Stay, N1 => Move}}.

maybe_expand(#dict{size = Size, exp_size = Exp} = D) when Size =< Exp -> D;
maybe_expand(#dict{n = N, maxn = MaxN} = D0) ->
    D = case N =:= MaxN of
            true -> grow_segs(D0);
            false -> D0
        end,
    N1 = N + 1,
    Old = N1 - D#dict.bso,
    D1 = D#dict{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    {Stay, Move} = lists:partition(fun([K | _]) -> swerl_phash:hash_slot(K, D1#dict.maxn) =:= Old end,
                                   bucket(D1, Old)),
    set_bucket(set_bucket(D1, Old, Stay), N1, Move).

grow_segs(#dict{maxn = MaxN, bso = Bso, segs = Segs, empty = Empty} = D) ->
    More = lists:duplicate(tuple_size(Segs), Empty),
    D#dict{maxn = 2 * MaxN, bso = 2 * Bso,
           segs = list_to_tuple(tuple_to_list(Segs) ++ More)}.

maybe_contract(#dict{size = Size, con_size = Con, n = N} = D)
  when Size < Con, N > ?SEG_SIZE ->
    Buddy = N - D#dict.bso,
    Merged = bucket(D, Buddy) ++ bucket(D, N),
    N1 = N - 1,
    D1 = set_bucket(set_bucket(D, N, []), Buddy, Merged),
    D2 = D1#dict{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    case N1 =:= D#dict.bso of
        true -> shrink_segs(D2);
        false -> D2
    end;
maybe_contract(D) -> D.

shrink_segs(#dict{maxn = MaxN, bso = Bso, segs = Segs} = D) ->
    Kept = lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2),
    D#dict{maxn = MaxN div 2, bso = Bso div 2, segs = list_to_tuple(Kept)}.


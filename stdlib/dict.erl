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
    case hash_slot(Key, D#dict.maxn) of
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
    {Stay, Move} = lists:partition(fun([K | _]) -> hash_slot(K, D1#dict.maxn) =:= Old end,
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
    {Stay, Move} = lists:partition(fun([K | _]) -> hash_slot(K, D1#dict.maxn) =:= Old end,
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

%% OTP's erlang:phash(Term, Range), as observed in OTP 25 (the constants
%% were found by observing erlang:phash/2). The hash is computed along the
%% term with an accumulator: each atom, integer word, float, list or
%% binary byte and each tuple, list or binary end multiplies the
%% accumulator by a constant of its kind and adds its own value:
%%   atom     the PJW hash of its name
%%   integer  32 bits at a time, least significant first, each word a
%%            weighted sum of its bytes (other weights when negative)
%%   float    the exclusive or of its two 32-bit halves (0.0 for -0.0)
%%   tuple    its elements in turn, then its arity
%%   list     its elements in turn (bytes 0..255 by value), then its end
%%   binary   its bytes in turn, then its size
%% Other terms (bitstrings, pids, maps, improper lists, ...) are hashed with
%% swerl's erlang:phash2/1 instead, so they are not placed as in OTP.
hash_slot(Term, Range) ->
    H = try hash(Term, 0)
        catch throw:not_reproduced -> erlang:phash2(Term)
        end,
    H rem Range + 1.

hash(A, Acc) when is_atom(A) -> mix(Acc, 268440163, pjw(atom_text(A), 0));
hash(I, Acc) when is_integer(I), I >= 0 ->
    int_hash(I, {2788898427, 1920229267, 3221236587, 268435459}, mix(Acc, 2130147875, 0));
hash(I, Acc) when is_integer(I) ->
    int_hash(-I, {1680185269, 3765867549, 1613150661, 268436141}, mix(Acc, 3020987021, 0));
hash(F, Acc) when is_float(F), F == 0 -> mix(Acc, 268437017, 0);
hash(F, Acc) when is_float(F) ->
    <<High:32, Low:32>> = <<F/float>>,
    mix(Acc, 268437017, High bxor Low);
hash(T, Acc) when is_tuple(T) ->
    mix(tuple_hash(T, 1, Acc), 268439627, tuple_size(T));
hash(B, Acc) when is_binary(B) -> mix(binary_hash(B, Acc), 268436141, byte_size(B));
hash([], Acc) -> mix(Acc, 268435459, 1);
hash(L, Acc) when is_list(L) -> mix(list_hash(L, Acc), 2684360725, 268437511);
hash(_, _) -> throw(not_reproduced).

mix(Acc, Multiplier, Value) -> (Acc * Multiplier + Value) band 16#ffffffff.

tuple_hash(T, I, Acc) when I > tuple_size(T) -> Acc;
tuple_hash(T, I, Acc) -> tuple_hash(T, I + 1, hash(element(I, T), Acc)).

binary_hash(<<C, Rest/binary>>, Acc) -> binary_hash(Rest, mix(Acc, 268440163, C));
binary_hash(<<>>, Acc) -> Acc.

list_hash([C | Cs], Acc) when is_integer(C), C >= 0, C < 256 ->
    list_hash(Cs, mix(Acc, 268439161, C));
list_hash([E | Es], Acc) -> list_hash(Es, hash(E, Acc));
list_hash([], Acc) -> Acc;
list_hash(_, _) -> throw(not_reproduced).

%% A Latin-1 atom is hashed by its characters, any other by its UTF-8 bytes.
atom_text(A) ->
    Chars = atom_to_list(A),
    case lists:all(fun(C) -> C < 256 end, Chars) of
        true -> Chars;
        false -> binary_to_list(atom_to_binary(A, utf8))
    end.

pjw([C | Cs], H0) ->
    H = (H0 bsl 4) + C,
    case H band 16#f0000000 of
        0 -> pjw(Cs, H);
        G -> pjw(Cs, (H bxor (G bsr 24)) bxor G)
    end;
pjw([], H) -> H.

%% Acc already holds the previous accumulator times the integer's
%% multiplier; each further word multiplies it again.
int_hash(I, {W0, W1, W2, W3} = Weights, Acc) ->
    Word = (I band 255) * W0 + ((I bsr 8) band 255) * W1
        + ((I bsr 16) band 255) * W2 + ((I bsr 24) band 255) * W3,
    Acc1 = (Acc + Word) band 16#ffffffff,
    case I bsr 32 of
        0 -> Acc1;
        Rest -> int_hash(Rest, Weights, mix(Acc1, 3483882337, 0))
    end.

%% array: functional, extendible arrays, written from the OTP 25
%% documentation and from printing OTP's arrays (the terms are OTP's).
%%
%% An array is {array, Size, Max, Default, Elements}. Max is the capacity
%% of Elements while the array can grow, 0 when it is fixed. Elements is a
%% tree of fan-out ten:
%%   an integer C          C entries never written (all Default)
%%   a leaf                a tuple of ten entries
%%   a node                a tuple of ten subtrees followed by the
%%                         capacity of each subtree
%% Capacities are powers of ten, at least ten.
-module(array).
-compile({no_auto_import, [size/1]}).

-export([new/0, new/1, new/2, is_array/1, size/1, sparse_size/1, default/1,
         fix/1, relax/1, is_fix/1, get/2, set/3, reset/2, resize/1,
         resize/2, to_list/1, sparse_to_list/1, from_list/1, from_list/2,
         to_orddict/1, sparse_to_orddict/1, from_orddict/1, from_orddict/2,
         map/2, sparse_map/2, foldl/3, foldr/3, sparse_foldl/3,
         sparse_foldr/3]).

-define(LEAF, 10).

%% ---------------------------------------------------------------------
%% Creation and properties

new() -> new([]).

new(Options) -> new_from(options(Options, {0, false, undefined})).

new(Size, Options) ->
    new_from(options(Options, options(Size, {0, false, undefined}))).

%% {Size, Fixed, Default}; a size makes the array fixed, a later
%% {fixed, false} relaxes it.
options([], Acc) -> Acc;
options([Opt | Rest], Acc) -> options(Rest, option(Opt, Acc));
options(Opt, Acc) -> option(Opt, Acc).

option(fixed, {S, _, D}) -> {S, true, D};
option({fixed, B}, {S, _, D}) when is_boolean(B) -> {S, B, D};
option({default, D}, {S, F, _}) -> {S, F, D};
option({size, N}, Acc) -> option(N, Acc);
option(N, {_, _, D}) when is_integer(N), N >= 0 -> {N, true, D};
option(_, _) -> erlang:error(badarg).

new_from({Size, Fixed, Default}) ->
    Cap = capacity_for(Size),
    Max = case Fixed of true -> 0; false -> Cap end,
    {array, Size, Max, Default, Cap}.

%% The smallest capacity (a power of ten, at least ten) holding N entries.
capacity_for(N) -> capacity_for(N, ?LEAF).

capacity_for(N, C) when N =< C -> C;
capacity_for(N, C) -> capacity_for(N, C * ?LEAF).

is_array({array, Size, Max, _, _}) when is_integer(Size), is_integer(Max) ->
    true;
is_array(_) -> false.

size({array, Size, _, _, _}) -> Size;
size(_) -> erlang:error(badarg).

default({array, _, _, D, _}) -> D;
default(_) -> erlang:error(badarg).

fix({array, S, _, D, E}) -> {array, S, 0, D, E};
fix(_) -> erlang:error(badarg).

relax({array, S, _, D, E}) -> {array, S, tree_capacity(E), D, E};
relax(_) -> erlang:error(badarg).

is_fix({array, _, 0, _, _}) -> true;
is_fix({array, _, _, _, _}) -> false;
is_fix(_) -> erlang:error(badarg).

tree_capacity(C) when is_integer(C) -> C;
tree_capacity(T) when tuple_size(T) =:= ?LEAF -> ?LEAF;
tree_capacity(T) -> element(?LEAF + 1, T) * ?LEAF.

%% ---------------------------------------------------------------------
%% Access

get(I, {array, Size, Max, D, E}) when is_integer(I), I >= 0 ->
    if
        I < Size -> tree_get(I, E, D);
        Max > 0 -> D;
        true -> erlang:error(badarg)
    end;
get(_, _) -> erlang:error(badarg).

tree_get(_I, C, D) when is_integer(C) -> D;
tree_get(I, T, _D) when tuple_size(T) =:= ?LEAF -> element(I + 1, T);
tree_get(I, T, D) ->
    Sub = element(?LEAF + 1, T),
    tree_get(I rem Sub, element(I div Sub + 1, T), D).

set(I, V, {array, Size, Max, D, E}) when is_integer(I), I >= 0 ->
    if
        I < Size -> {array, Size, Max, D, tree_set(I, V, E, D)};
        Max > 0 ->
            E1 = grow_to(I, E),
            {array, I + 1, tree_capacity(E1), D, tree_set(I, V, E1, D)};
        true -> erlang:error(badarg)
    end;
set(_, _, _) -> erlang:error(badarg).

%% Add levels above the root until index I fits; an untouched root stays
%% an integer.
grow_to(I, E) ->
    Cap = tree_capacity(E),
    if
        I < Cap -> E;
        is_integer(E) -> grow_to(I, Cap * ?LEAF);
        true -> grow_to(I, list_to_tuple([E | lists:duplicate(?LEAF - 1, Cap)] ++ [Cap]))
    end.

tree_set(I, V, C, D) when is_integer(C) -> tree_set(I, V, expand(C, D), D);
tree_set(I, V, T, _D) when tuple_size(T) =:= ?LEAF -> setelement(I + 1, T, V);
tree_set(I, V, T, D) ->
    Sub = element(?LEAF + 1, T),
    K = I div Sub + 1,
    setelement(K, T, tree_set(I rem Sub, V, element(K, T), D)).

%% One level of an untouched subtree of capacity C.
expand(?LEAF, D) -> erlang:make_tuple(?LEAF, D);
expand(C, _D) ->
    Sub = C div ?LEAF,
    erlang:make_tuple(?LEAF + 1, Sub).

reset(I, {array, Size, Max, D, E} = A) when is_integer(I), I >= 0 ->
    if
        I < Size -> {array, Size, Max, D, tree_reset(I, E, D)};
        Max > 0 -> A;
        true -> erlang:error(badarg)
    end;
reset(_, _) -> erlang:error(badarg).

tree_reset(_I, C, _D) when is_integer(C) -> C;
tree_reset(I, T, D) when tuple_size(T) =:= ?LEAF -> setelement(I + 1, T, D);
tree_reset(I, T, D) ->
    Sub = element(?LEAF + 1, T),
    K = I div Sub + 1,
    setelement(K, T, tree_reset(I rem Sub, element(K, T), D)).

%% Shrinking keeps the tree: only the size changes.
resize(N, {array, _Size, Max, D, E}) when is_integer(N), N >= 0 ->
    E1 = grow_to(N - 1, E),
    NewMax = case Max of 0 -> 0; _ -> tree_capacity(E1) end,
    {array, N, NewMax, D, E1};
resize(_, _) -> erlang:error(badarg).

resize(A) -> resize(sparse_size(A), A).

sparse_size(A) ->
    case sparse_foldr(fun(I, _, none) -> I + 1; (_, _, Acc) -> Acc end, none, A) of
        none -> 0;
        N -> N
    end.

%% ---------------------------------------------------------------------
%% Conversion

to_list(A) -> foldr(fun(_, V, Acc) -> [V | Acc] end, [], A).

sparse_to_list(A) -> sparse_foldr(fun(_, V, Acc) -> [V | Acc] end, [], A).

to_orddict(A) -> foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A).

sparse_to_orddict(A) ->
    sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A).

from_list(L) -> from_list(L, undefined).

from_list(L, D) when is_list(L) ->
    case proper_length(L) of
        error -> erlang:error(badarg);
        0 -> {array, 0, ?LEAF, D, ?LEAF};
        N ->
            Cap = capacity_for(N),
            {array, N, Cap, D, build(L, Cap, D)}
    end;
from_list(_, _) -> erlang:error(badarg).

proper_length(L) ->
    try length(L) catch error:badarg -> error end.

%% A full tree of capacity Cap from the first entries of L: subtrees past
%% the end of L stay untouched integers.
build(L, Cap, D) ->
    {T, _} = build_sub(L, Cap, D),
    T.

build_sub([], Cap, _D) -> {Cap, []};
build_sub(L, ?LEAF, D) ->
    {Leaf, Rest} = take_leaf(L, ?LEAF, D, []),
    {list_to_tuple(Leaf), Rest};
build_sub(L, Cap, D) ->
    Sub = Cap div ?LEAF,
    {Children, Rest} = build_children(L, Sub, D, ?LEAF, []),
    {list_to_tuple(Children ++ [Sub]), Rest}.

build_children(L, _Sub, _D, 0, Acc) -> {lists:reverse(Acc), L};
build_children(L, Sub, D, K, Acc) ->
    {T, Rest} = build_sub(L, Sub, D),
    build_children(Rest, Sub, D, K - 1, [T | Acc]).

take_leaf(L, 0, _D, Acc) -> {lists:reverse(Acc), L};
take_leaf([], K, D, Acc) -> take_leaf([], K - 1, D, [D | Acc]);
take_leaf([V | L], K, D, Acc) -> take_leaf(L, K - 1, D, [V | Acc]).

from_orddict(L) -> from_orddict(L, undefined).

from_orddict(L, D) when is_list(L) ->
    case orddict_ok(L, -1) of
        {bad, Rest} -> erlang:error({badarg, Rest});
        ok ->
            lists:foldl(fun({I, V}, A) -> set(I, V, A) end,
                        new({default, D}), L)
    end;
from_orddict(_, _) -> erlang:error(badarg).

%% OTP reports the rest of the list from the first bad entry.
orddict_ok([], _Last) -> ok;
orddict_ok([{I, _} | Rest], Last) when is_integer(I), I > Last ->
    orddict_ok(Rest, I);
orddict_ok(Rest, _) -> {bad, Rest}.

%% ---------------------------------------------------------------------
%% Traversal. Every traversal walks the tree in index order; the dense
%% ones treat an untouched subtree as Default entries.

map(F, {array, Size, Max, D, E}) when is_function(F, 2) ->
    {array, Size, Max, D, tree_map(F, E, 0, Size, D, dense)};
map(_, _) -> erlang:error(badarg).

sparse_map(F, {array, Size, Max, D, E}) when is_function(F, 2) ->
    {array, Size, Max, D, tree_map(F, E, 0, Size, D, sparse)};
sparse_map(_, _) -> erlang:error(badarg).

%% Base is the index of the subtree's first entry; entries at Size and
%% beyond are left alone.
tree_map(_F, T, Base, Size, _D, _Mode) when Base >= Size -> T;
tree_map(_F, C, _Base, _Size, _D, sparse) when is_integer(C) -> C;
tree_map(F, C, Base, Size, D, dense) when is_integer(C) ->
    tree_map(F, expand(C, D), Base, Size, D, dense);
tree_map(F, T, Base, Size, D, Mode) when tuple_size(T) =:= ?LEAF ->
    list_to_tuple(map_leaf(F, tuple_to_list(T), Base, Size, D, Mode));
tree_map(F, T, Base, Size, D, Mode) ->
    Sub = element(?LEAF + 1, T),
    Children = [tree_map(F, element(K, T), Base + (K - 1) * Sub, Size, D, Mode)
                || K <- lists:seq(1, ?LEAF)],
    list_to_tuple(Children ++ [Sub]).

map_leaf(_F, [], _I, _Size, _D, _Mode) -> [];
map_leaf(F, [V | Vs], I, Size, D, Mode) when I < Size ->
    New = case Mode =:= sparse andalso V =:= D of
              true -> V;
              false -> F(I, V)
          end,
    [New | map_leaf(F, Vs, I + 1, Size, D, Mode)];
map_leaf(_F, Vs, _I, _Size, _D, _Mode) -> Vs.

foldl(F, Acc, A) -> fold(F, Acc, A, up, dense).

foldr(F, Acc, A) -> fold(F, Acc, A, down, dense).

sparse_foldl(F, Acc, A) -> fold(F, Acc, A, up, sparse).

sparse_foldr(F, Acc, A) -> fold(F, Acc, A, down, sparse).

fold(F, Acc, {array, Size, _, D, _} = A, Direction, Mode)
  when is_function(F, 3) ->
    Indexes = case Direction of
                  up -> lists:seq(0, Size - 1);
                  down -> lists:seq(Size - 1, 0, -1)
              end,
    fold_indexes(F, Acc, A, Indexes, D, Mode);
fold(_, _, _, _, _) -> erlang:error(badarg).

fold_indexes(F, Acc0, {array, _, _, _, E}, Indexes, D, Mode) ->
    lists:foldl(fun(I, Acc) ->
                        V = tree_get(I, E, D),
                        case Mode =:= sparse andalso V =:= D of
                            true -> Acc;
                            false -> F(I, V, Acc)
                        end
                end, Acc0, Indexes).

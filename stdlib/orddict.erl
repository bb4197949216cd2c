%% orddict: key-value dictionaries as lists of {Key, Value} sorted by key,
%% written from the OTP 25 documentation.
%%
%% Keys are compared with == and term order, like the rest of OTP's
%% orddict: 1 and 1.0 are the same key. The representation is the sorted
%% list itself, so results print, compare and match exactly as in OTP.
-module(orddict).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1, filter/2,
         find/2, fold/3, from_list/1, is_empty/1, is_key/2, map/2, merge/3,
         new/0, size/1, store/3, take/2, to_list/1, update/3, update/4,
         update_counter/3]).

new() -> [].

is_empty([]) -> true;
is_empty([_ | _]) -> false.

size(Dict) -> length(Dict).

to_list(Dict) -> Dict.

%% The last pair of a key wins: the list is reversed (checking that it
%% holds pairs) and lists:ukeysort/2 keeps the first of equal keys.
from_list([]) -> [];
from_list([{_, _}] = Pair) -> Pair;
from_list(Pairs) -> lists:ukeysort(1, reverse_pairs(Pairs, [])).

reverse_pairs([{_, _} = Pair | Pairs], Acc) -> reverse_pairs(Pairs, [Pair | Acc]);
reverse_pairs([], Acc) -> Acc.

%% ---------------------------------------------------------------------
%% Looking up. The walk stops at the first key not less than Key; anything
%% that is not a pair or a list fails with function_clause.

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | Dict]) when Key > K -> is_key(Key, Dict);
is_key(_Key, [{_K, _} | _]) -> true;
is_key(_Key, []) -> false.

fetch(Key, [{K, _} | Dict]) when Key > K -> fetch(Key, Dict);
fetch(Key, [{K, Value} | _]) when Key == K -> Value.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | Dict]) when Key > K -> find(Key, Dict);
find(_Key, [{_K, Value} | _]) -> {ok, Value};
find(_Key, []) -> error.

fetch_keys([{Key, _} | Dict]) -> [Key | fetch_keys(Dict)];
fetch_keys([]) -> [].

%% ---------------------------------------------------------------------
%% Updating. A pair stored for a key replaces the pair of an equal key.

erase(Key, [{K, _} | _] = Dict) when Key < K -> Dict;
erase(Key, [{K, _} = Pair | Dict]) when Key > K -> [Pair | erase(Key, Dict)];
erase(_Key, [{_K, _} | Dict]) -> Dict;
erase(_Key, []) -> [].

take(Key, Dict) -> take_1(Key, Dict, []).

take_1(Key, [{K, _} | _], _Before) when Key < K -> error;
take_1(Key, [{K, _} = Pair | Dict], Before) when Key > K -> take_1(Key, Dict, [Pair | Before]);
take_1(_Key, [{_K, Value} | Dict], Before) -> {Value, lists:reverse(Before, Dict)};
take_1(_Key, [], _Before) -> error.

store(Key, New, [{K, _} | _] = Dict) when Key < K -> [{Key, New} | Dict];
store(Key, New, [{K, _} = Pair | Dict]) when Key > K -> [Pair | store(Key, New, Dict)];
store(Key, New, [{_K, _Old} | Dict]) -> [{Key, New} | Dict];
store(Key, New, []) -> [{Key, New}].

append(Key, New, [{K, _} | _] = Dict) when Key < K -> [{Key, [New]} | Dict];
append(Key, New, [{K, _} = Pair | Dict]) when Key > K -> [Pair | append(Key, New, Dict)];
append(Key, New, [{_K, Old} | Dict]) -> [{Key, Old ++ [New]} | Dict];
append(Key, New, []) -> [{Key, [New]}].

append_list(Key, NewList, [{K, _} | _] = Dict) when Key < K ->
    [{Key, NewList} | Dict];
append_list(Key, NewList, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | append_list(Key, NewList, Dict)];
append_list(Key, NewList, [{_K, Old} | Dict]) ->
    [{Key, Old ++ NewList} | Dict];
append_list(Key, NewList, []) ->
    [{Key, NewList}].

update(Key, F, [{K, _} = Pair | Dict]) when Key > K -> [Pair | update(Key, F, Dict)];
update(Key, F, [{K, Value} | Dict]) when Key == K -> [{Key, F(Value)} | Dict].

update(Key, _F, Init, [{K, _} | _] = Dict) when Key < K ->
    [{Key, Init} | Dict];
update(Key, F, Init, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | update(Key, F, Init, Dict)];
update(Key, F, _Init, [{_K, Value} | Dict]) ->
    [{Key, F(Value)} | Dict];
update(Key, _F, Init, []) ->
    [{Key, Init}].

update_counter(Key, Incr, [{K, _} | _] = Dict) when Key < K ->
    [{Key, Incr} | Dict];
update_counter(Key, Incr, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | update_counter(Key, Incr, Dict)];
update_counter(Key, Incr, [{_K, Value} | Dict]) ->
    [{Key, Value + Incr} | Dict];
update_counter(Key, Incr, []) ->
    [{Key, Incr}].

%% ---------------------------------------------------------------------
%% Funs over all pairs.

fold(F, Acc, [{Key, Value} | Dict]) -> fold(F, F(Key, Value, Acc), Dict);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, [{Key, Value} | Dict]) -> New = F(Key, Value), [{Key, New} | map(F, Dict)];
map(F, []) when is_function(F, 2) -> [].

filter(Pred, [{Key, Value} = Pair | Dict]) ->
    case Pred(Key, Value) of
        true -> [Pair | filter(Pred, Dict)];
        false -> filter(Pred, Dict)
    end;
filter(Pred, []) when is_function(Pred, 2) -> [].

%% The union of two dicts; F(Key, Value1, Value2) gives the value of a key
%% in both.
merge(F, [{K1, _} = Pair1 | Dict1], [{K2, _} | _] = Dict2) when K1 < K2 ->
    [Pair1 | merge(F, Dict1, Dict2)];
merge(F, [{K1, _} | _] = Dict1, [{K2, _} = Pair2 | Dict2]) when K1 > K2 ->
    [Pair2 | merge(F, Dict1, Dict2)];
merge(F, [{K1, V1} | Dict1], [{_K2, V2} | Dict2]) ->
    [{K1, F(K1, V1, V2)} | merge(F, Dict1, Dict2)];
merge(F, [], Dict2) when is_function(F, 3) -> Dict2;
merge(F, Dict1, []) when is_function(F, 3) -> Dict1.

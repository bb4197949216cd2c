%% ordsets: sets as sorted lists without duplicates, written from the OTP
%% 25 documentation.
%%
%% Elements are compared with == and term order, like the rest of OTP's
%% ordsets: 1 and 1.0 are the same element, and the one already in a set
%% stays. The representation is the sorted list itself.
-module(ordsets).

-export([add_element/2, del_element/2, filter/2, fold/3, from_list/1,
         intersection/1, intersection/2, is_disjoint/2, is_element/2,
         is_empty/1, is_set/1, is_subset/2, new/0, size/1, subtract/2,
         to_list/1, union/1, union/2]).

new() -> [].

is_empty(Set) -> Set =:= [].

size(Set) -> length(Set).

to_list(Set) -> Set.

from_list(List) -> lists:usort(List).

%% A proper list whose elements are strictly increasing.
is_set([E | Es]) -> is_set(E, Es);
is_set([]) -> true;
is_set(_) -> false.

is_set(E1, [E2 | Es]) when E1 < E2 -> is_set(E2, Es);
is_set(_E, [_ | _]) -> false;
is_set(_E, []) -> true.

is_element(E, [H | _]) when E < H -> false;
is_element(E, [H | Set]) when E > H -> is_element(E, Set);
is_element(_E, [_H | _]) -> true;
is_element(_E, []) -> false.

add_element(E, [H | _] = Set) when E < H -> [E | Set];
add_element(E, [H | Set]) when E > H -> [H | add_element(E, Set)];
add_element(_E, [_H | _] = Set) -> Set;
add_element(E, []) -> [E].

del_element(E, [H | _] = Set) when E < H -> Set;
del_element(E, [H | Set]) when E > H -> [H | del_element(E, Set)];
del_element(_E, [_H | Set]) -> Set;
del_element(_E, []) -> [].

%% ---------------------------------------------------------------------
%% Combining sets. union/2 and intersection/2 walk both sets holding one
%% element (the pivot) and scanning the other set past it; a greater
%% element becomes the new pivot and the sets swap roles. Of two equal
%% elements (1 and 1.0) the scanned one is kept, the one OTP keeps too.

union([], Set2) -> Set2;
union(Set1, [Pivot | Set2]) -> union_scan(Set1, Pivot, Set2);
union(Set1, []) -> Set1.

union_scan([E | Es], Pivot, Others) when E < Pivot ->
    [E | union_scan(Es, Pivot, Others)];
union_scan([E | Es], Pivot, Others) when E > Pivot ->
    [Pivot | union_scan(Others, E, Es)];
union_scan([E | Es], _Pivot, [Next | Others]) ->
    [E | union_scan(Es, Next, Others)];
union_scan([E | Es], _Pivot, []) ->
    [E | Es];
union_scan([], Pivot, Others) ->
    [Pivot | Others].

%% Of equal elements in several sets, the one from the earliest set is
%% kept (as lists:umerge/1 does).
union(Sets) -> union_all(Sets, []).

union_all([Set | Sets], Acc) -> union_all(Sets, union_keep_first(Acc, Set));
union_all([], Acc) -> Acc.

union_keep_first([E1 | Es1], [E2 | _] = Set2) when E1 < E2 -> [E1 | union_keep_first(Es1, Set2)];
union_keep_first([E1 | _] = Set1, [E2 | Es2]) when E1 > E2 -> [E2 | union_keep_first(Set1, Es2)];
union_keep_first([E1 | Es1], [_E2 | Es2]) -> [E1 | union_keep_first(Es1, Es2)];
union_keep_first([], Set2) -> Set2;
union_keep_first(Set1, []) -> Set1.

intersection([], _Set2) -> [];
intersection(Set1, [Pivot | Set2]) -> intersection_scan(Set1, Pivot, Set2);
intersection(_Set1, []) -> [].

intersection_scan([E | Es], Pivot, Others) when E < Pivot ->
    intersection_scan(Es, Pivot, Others);
intersection_scan([E | Es], Pivot, Others) when E > Pivot ->
    intersection_scan(Others, E, Es);
intersection_scan([E | Es], _Pivot, [Next | Others]) ->
    [E | intersection_scan(Es, Next, Others)];
intersection_scan([E | _Es], _Pivot, []) ->
    [E];
intersection_scan([], _Pivot, _Others) ->
    [].

intersection([Set | Sets]) -> intersection_all(Sets, Set).

intersection_all([Set | Sets], Acc) -> intersection_all(Sets, intersection(Acc, Set));
intersection_all([], Acc) -> Acc.

is_disjoint([E1 | Es1], [E2 | _] = Set2) when E1 < E2 -> is_disjoint(Es1, Set2);
is_disjoint([E1 | _] = Set1, [E2 | Es2]) when E1 > E2 -> is_disjoint(Set1, Es2);
is_disjoint([_E1 | _], [_E2 | _]) -> false;
is_disjoint([], _Set2) -> true;
is_disjoint(_Set1, []) -> true.

subtract([E1 | Es1], [E2 | _] = Set2) when E1 < E2 -> [E1 | subtract(Es1, Set2)];
subtract([E1 | _] = Set1, [E2 | Es2]) when E1 > E2 -> subtract(Set1, Es2);
subtract([_E1 | Es1], [_E2 | Es2]) -> subtract(Es1, Es2);
subtract([], _Set2) -> [];
subtract(Set1, []) -> Set1.

%% Every element of Set1 is in Set2.
is_subset([E1 | _], [E2 | _]) when E1 < E2 -> false;
is_subset([E1 | _] = Set1, [E2 | Es2]) when E1 > E2 -> is_subset(Set1, Es2);
is_subset([_E1 | Es1], [_E2 | Es2]) -> is_subset(Es1, Es2);
is_subset([], _Set2) -> true;
is_subset(_Set1, []) -> false.

%% ---------------------------------------------------------------------
%% Funs over the elements, in order.

filter(Pred, Set) -> lists:filter(Pred, Set).

fold(F, Acc, Set) -> lists:foldl(F, Acc, Set).

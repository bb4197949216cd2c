%% gb_sets: ordered sets as general balanced trees, written from the OTP 25
%% documentation and from observing OTP's results.
%%
%% A set is {Size, Node}, a Node being nil or {Element, Smaller, Bigger},
%% balanced as in gb_trees.erl (see there): an insertion that makes a path
%% too long rebuilds the lowest subtree that is too tall for its size.
%% Elements are compared with < and >, so 1 and 1.0 are the same element.
-module(gb_sets).
-compile({no_auto_import, [size/1]}).

-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_member/2,
         is_element/2, insert/2, add/2, add_element/2, delete/2,
         delete_any/2, del_element/2, balance/1, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, difference/2,
         subtract/2, is_subset/2, to_list/1, from_list/1, from_ordset/1,
         smallest/1, largest/1, take_smallest/1, take_largest/1,
         iterator/1, iterator_from/2, next/1, filter/2, fold/3, is_set/1]).

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(Element) -> {1, {Element, nil, nil}}.

is_set({0, nil}) -> true;
is_set({Size, {_, _, _}}) when is_integer(Size), Size >= 0 -> true;
is_set(_) -> false.

is_member(Element, {_, Node}) -> is_member_1(Element, Node).

is_member_1(Element, {E, Smaller, _}) when Element < E -> is_member_1(Element, Smaller);
is_member_1(Element, {E, _, Bigger}) when Element > E -> is_member_1(Element, Bigger);
is_member_1(_, {_, _, _}) -> true;
is_member_1(_, nil) -> false.

is_element(Element, Set) -> is_member(Element, Set).

%% ---------------------------------------------------------------------
%% Inserting and deleting.

insert(Element, {Size, Node}) ->
    S1 = Size + 1,
    {S1, case insert_1(Element, Node, S1 * S1) of
             {rebuild, Tree, _, _} -> balance_node(Tree, S1);
             Tree -> Tree
         end}.

%% As gb_trees:insert_1/4: Limit halves at each level; reaching a nil
%% with Limit 0 means the path is too long for the tree's size.
insert_1(Element, {E, Smaller, Bigger}, Limit) when Element < E ->
    case insert_1(Element, Smaller, Limit bsr 1) of
        {rebuild, S1, H1, Sz1} -> check({E, S1, Bigger}, H1, Sz1, count(Bigger));
        S1 -> {E, S1, Bigger}
    end;
insert_1(Element, {E, Smaller, Bigger}, Limit) when Element > E ->
    case insert_1(Element, Bigger, Limit bsr 1) of
        {rebuild, B1, H1, Sz1} -> check({E, Smaller, B1}, H1, Sz1, count(Smaller));
        B1 -> {E, Smaller, B1}
    end;
insert_1(Element, nil, 0) -> {rebuild, {Element, nil, nil}, 0, 1};
insert_1(Element, nil, _) -> {Element, nil, nil};
insert_1(Element, _, _) -> erlang:error({key_exists, Element}).

check(Node, ChildHeight, ChildSize, OtherSize) ->
    H = ChildHeight + 1,
    S = ChildSize + OtherSize + 1,
    case (1 bsl H) > S * S of
        true -> balance_node(Node, S);
        false -> {rebuild, Node, H, S}
    end.

count(nil) -> 0;
count({_, Smaller, Bigger}) -> count(Smaller) + 1 + count(Bigger).

add(Element, Set) ->
    case is_member(Element, Set) of
        true -> Set;
        false -> insert(Element, Set)
    end.

add_element(Element, Set) -> add(Element, Set).

delete(Element, {Size, Node}) -> {Size - 1, delete_1(Element, Node)}.

delete_1(Element, {E, Smaller, Bigger}) when Element < E -> {E, delete_1(Element, Smaller), Bigger};
delete_1(Element, {E, Smaller, Bigger}) when Element > E -> {E, Smaller, delete_1(Element, Bigger)};
delete_1(_, {_, Smaller, Bigger}) -> merge(Smaller, Bigger).

merge(Smaller, nil) -> Smaller;
merge(nil, Bigger) -> Bigger;
merge(Smaller, Bigger) ->
    {E, Bigger1} = take_smallest_1(Bigger),
    {E, Smaller, Bigger1}.

delete_any(Element, Set) ->
    case is_member(Element, Set) of
        true -> delete(Element, Set);
        false -> Set
    end.

del_element(Element, Set) -> delete_any(Element, Set).

smallest({_, Node}) -> smallest_1(Node).

smallest_1({E, nil, _}) -> E;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

largest({_, Node}) -> largest_1(Node).

largest_1({E, _, nil}) -> E;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

take_smallest({Size, Node}) ->
    {E, Node1} = take_smallest_1(Node),
    {E, {Size - 1, Node1}}.

take_smallest_1({E, nil, Bigger}) -> {E, Bigger};
take_smallest_1({E, Smaller, Bigger}) ->
    {E1, Smaller1} = take_smallest_1(Smaller),
    {E1, {E, Smaller1, Bigger}}.

take_largest({Size, Node}) ->
    {E, Node1} = take_largest_1(Node),
    {E, {Size - 1, Node1}}.

take_largest_1({E, Smaller, nil}) -> {E, Smaller};
take_largest_1({E, Smaller, Bigger}) ->
    {E1, Bigger1} = take_largest_1(Bigger),
    {E1, {E, Smaller, Bigger1}}.

%% ---------------------------------------------------------------------
%% Whole sets. Results built from sorted lists are perfectly balanced.

balance({Size, Node}) -> {Size, balance_node(Node, Size)}.

balance_node(Node, Size) -> element(1, build(Size, to_list_1(Node, []))).

from_ordset(List) ->
    Size = length(List),
    {Size, element(1, build(Size, List))}.

from_list(List) -> from_ordset(lists:usort(List)).

%% A perfectly balanced node of the first N elements of a sorted list, and
%% the elements left over. The smaller half goes to the bigger side.
build(0, Rest) -> {nil, Rest};
build(N, List) ->
    Left = N div 2,
    {Smaller, [E | Rest]} = build(Left, List),
    {Bigger, Rest1} = build(N - 1 - Left, Rest),
    {{E, Smaller, Bigger}, Rest1}.

to_list({_, Node}) -> to_list_1(Node, []).

to_list_1({E, Smaller, Bigger}, Acc) -> to_list_1(Smaller, [E | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

%% A small set is inserted element by element into a big one; otherwise
%% the sorted elements are merged and rebuilt by build_result/1.
union({N1, _} = Set1, {N2, _} = Set2) when N1 < N2 -> union_1(Set1, Set2);
union(Set1, Set2) -> union_1(Set2, Set1).

union_1({Small, _} = SmallSet, {Big, _} = BigSet) ->
    case Big >= 10 andalso Small * union_log(Big) =< Big of
        true -> lists:foldl(fun add/2, BigSet, to_list(SmallSet));
        false -> build_result(ordsets:union(to_list(SmallSet), to_list(BigSet)))
    end.

%% Where OTP switches from inserting to merging, as observed: the bigger
%% set must have 10 elements or more, and the smaller at most
%% Big / round(1.46 * ln(Big)) of them (checked for every size up to 140
%% and every seventh size up to 3000).
union_log(Size) -> round(1.46 * math:log(Size)).

union([Set | Sets]) -> lists:foldl(fun(S, Acc) -> union(Acc, S) end, Set, Sets);
union([]) -> empty().

intersection(Set1, Set2) ->
    build_result(ordsets:intersection(to_list(Set1), to_list(Set2))).

intersection([Set | Sets]) -> lists:foldl(fun(S, Acc) -> intersection(Acc, S) end, Set, Sets).

difference(Set1, Set2) -> build_result(ordsets:subtract(to_list(Set1), to_list(Set2))).

subtract(Set1, Set2) -> difference(Set1, Set2).

%% The results of union, intersection and difference are balanced with
%% the bigger half on the bigger side (from_ordset/1 does the opposite).
build_result(List) ->
    Size = length(List),
    {Size, element(1, build_bigger_right(Size, List))}.

build_bigger_right(0, Rest) -> {nil, Rest};
build_bigger_right(N, List) ->
    Left = (N - 1) div 2,
    {Smaller, [E | Rest]} = build_bigger_right(Left, List),
    {Bigger, Rest1} = build_bigger_right(N - 1 - Left, Rest),
    {{E, Smaller, Bigger}, Rest1}.

is_disjoint(Set1, Set2) -> ordsets:is_disjoint(to_list(Set1), to_list(Set2)).

is_subset(Set1, Set2) -> ordsets:is_subset(to_list(Set1), to_list(Set2)).

filter(Pred, Set) when is_function(Pred, 1) ->
    from_ordset([E || E <- to_list(Set), Pred(E)]).

fold(Fun, Acc, {_, Node}) when is_function(Fun, 2) -> fold_1(Fun, Acc, Node).

fold_1(Fun, Acc, {E, Smaller, Bigger}) -> fold_1(Fun, Fun(E, fold_1(Fun, Acc, Smaller)), Bigger);
fold_1(_, Acc, nil) -> Acc.

%% ---------------------------------------------------------------------
%% Iterators: the stack of nodes still to visit, the next one first.

iterator({_, Node}) -> iterator_1(Node, []).

iterator_1({_, nil, _} = Node, Stack) -> [Node | Stack];
iterator_1({_, Smaller, _} = Node, Stack) -> iterator_1(Smaller, [Node | Stack]);
iterator_1(nil, Stack) -> Stack.

iterator_from(Element, {_, Node}) -> iterator_from_1(Element, Node, []).

iterator_from_1(Element, {E, _, Bigger}, Stack) when E < Element ->
    iterator_from_1(Element, Bigger, Stack);
iterator_from_1(_, {_, nil, _} = Node, Stack) -> [Node | Stack];
iterator_from_1(Element, {E, Smaller, _} = Node, Stack) when E > Element ->
    iterator_from_1(Element, Smaller, [Node | Stack]);
iterator_from_1(_, {_, _, _} = Node, Stack) -> [Node | Stack];
iterator_from_1(_, nil, Stack) -> Stack.

next([{E, _, Bigger} | Stack]) -> {E, iterator_1(Bigger, Stack)};
next([]) -> none.

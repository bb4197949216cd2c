%% gb_trees: general balanced trees (Arne Andersson's), written from the
%% OTP 25 documentation and from observing OTP's results.
%%
%% A tree is {Size, Node}, a Node being nil or {Key, Value, Smaller, Bigger}.
%% Nodes are never rotated: an insertion that makes the path to the new
%% node too long rebuilds, perfectly balanced, the lowest subtree on that
%% path whose height h (in edges) and size s satisfy 2^h > s^2. Trees are
%% thus OTP's node for node, so they print and compare as in OTP. Keys are
%% compared with < and >, so 1 and 1.0 are the same key.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, is_defined/2,
         insert/3, update/3, enter/3, delete/2, delete_any/2, take/2,
         take_any/2, balance/1, from_orddict/1, to_list/1, keys/1, values/1,
         smallest/1, largest/1, take_smallest/1, take_largest/1, map/2,
         iterator/1, iterator_from/2, next/1]).
-compile({no_auto_import, [size/1, get/2]}).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

%% ---------------------------------------------------------------------
%% Looking up.

lookup(Key, {_, Node}) -> lookup_1(Key, Node).

lookup_1(Key, {K, _, Smaller, _}) when Key < K -> lookup_1(Key, Smaller);
lookup_1(Key, {K, _, _, Bigger}) when Key > K -> lookup_1(Key, Bigger);
lookup_1(_, {_, Value, _, _}) -> {value, Value};
lookup_1(_, nil) -> none.

is_defined(Key, {_, Node}) -> lookup_1(Key, Node) =/= none.

%% A missing key fails with function_clause, as in OTP.
get(Key, {_, Node}) -> get_1(Key, Node).

get_1(Key, {K, _, Smaller, _}) when Key < K -> get_1(Key, Smaller);
get_1(Key, {K, _, _, Bigger}) when Key > K -> get_1(Key, Bigger);
get_1(_, {_, Value, _, _}) -> Value.

%% ---------------------------------------------------------------------
%% Inserting.

insert(Key, Value, {Size, Node}) ->
    S1 = Size + 1,
    {S1, case insert_1(Key, Value, Node, S1 * S1) of
             {rebuild, Tree, _, _} -> balance_node(Tree, S1);
             Tree -> Tree
         end}.

%% Limit is the square of the new tree size: a new node deeper than its
%% base-2 logarithm makes the path too long. Such an insertion returns
%% {rebuild, Node, Height, Size} until an ancestor is found to rebuild.
insert_1(Key, Value, {K, V, Smaller, Bigger}, Limit) when Key < K ->
    case insert_1(Key, Value, Smaller, Limit bsr 1) of
        {rebuild, S1, H1, Sz1} -> check({K, V, S1, Bigger}, H1, Sz1, count(Bigger));
        S1 -> {K, V, S1, Bigger}
    end;
insert_1(Key, Value, {K, V, Smaller, Bigger}, Limit) when Key > K ->
    case insert_1(Key, Value, Bigger, Limit bsr 1) of
        {rebuild, B1, H1, Sz1} -> check({K, V, Smaller, B1}, H1, Sz1, count(Smaller));
        B1 -> {K, V, Smaller, B1}
    end;
insert_1(Key, Value, nil, 0) -> {rebuild, {Key, Value, nil, nil}, 0, 1};
insert_1(Key, Value, nil, _) -> {Key, Value, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

check(Node, ChildHeight, ChildSize, OtherSize) ->
    H = ChildHeight + 1,
    S = ChildSize + OtherSize + 1,
    case (1 bsl H) > S * S of
        true -> balance_node(Node, S);
        false -> {rebuild, Node, H, S}
    end.

count(nil) -> 0;
count({_, _, Smaller, Bigger}) -> count(Smaller) + 1 + count(Bigger).

update(Key, Value, {Size, Node}) -> {Size, update_1(Key, Value, Node)}.

update_1(Key, Value, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, update_1(Key, Value, Smaller), Bigger};
update_1(Key, Value, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, update_1(Key, Value, Bigger)};
update_1(Key, Value, {_, _, Smaller, Bigger}) -> {Key, Value, Smaller, Bigger}.

enter(Key, Value, Tree) ->
    case is_defined(Key, Tree) of
        true -> update(Key, Value, Tree);
        false -> insert(Key, Value, Tree)
    end.

%% ---------------------------------------------------------------------
%% Deleting. A removed node is replaced by the smallest node of its
%% bigger subtree.

delete(Key, {Size, Node}) -> {Size - 1, delete_1(Key, Node)}.

delete_1(Key, {K, V, Smaller, Bigger}) when Key < K -> {K, V, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, V, Smaller, Bigger}) when Key > K -> {K, V, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) -> merge(Smaller, Bigger).

merge(Smaller, nil) -> Smaller;
merge(nil, Bigger) -> Bigger;
merge(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest_1(Bigger),
    {K, V, Smaller, Bigger1}.

delete_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> delete(Key, Tree);
        false -> Tree
    end.

take(Key, {Size, Node}) ->
    {Value, Node1} = take_1(Key, Node),
    {Value, {Size - 1, Node1}}.

take_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {Value, S1} = take_1(Key, Smaller),
    {Value, {K, V, S1, Bigger}};
take_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {Value, B1} = take_1(Key, Bigger),
    {Value, {K, V, Smaller, B1}};
take_1(_, {_, Value, Smaller, Bigger}) -> {Value, merge(Smaller, Bigger)}.

take_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> take(Key, Tree);
        false -> error
    end.

take_smallest({Size, Node}) ->
    {K, V, Node1} = take_smallest_1(Node),
    {K, V, {Size - 1, Node1}}.

take_smallest_1({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest_1({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest_1(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

take_largest({Size, Node}) ->
    {K, V, Node1} = take_largest_1(Node),
    {K, V, {Size - 1, Node1}}.

take_largest_1({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest_1({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest_1(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

smallest({_, Node}) -> smallest_1(Node).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

largest({_, Node}) -> largest_1(Node).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

%% ---------------------------------------------------------------------
%% Whole trees.

balance({Size, Node}) -> {Size, balance_node(Node, Size)}.

balance_node(Node, Size) -> element(1, build(Size, to_list_1(Node, []))).

from_orddict(List) ->
    Size = length(List),
    {Size, element(1, build(Size, List))}.

%% A perfectly balanced node of the first N pairs of a sorted list, and
%% the pairs left over. The smaller half goes to the bigger side.
build(0, Rest) -> {nil, Rest};
build(N, List) ->
    Left = N div 2,
    {Smaller, [{K, V} | Rest]} = build(Left, List),
    {Bigger, Rest1} = build(N - 1 - Left, Rest),
    {{K, V, Smaller, Bigger}, Rest1}.

to_list({_, Node}) -> to_list_1(Node, []).

to_list_1({K, V, Smaller, Bigger}, Acc) -> to_list_1(Smaller, [{K, V} | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

keys({_, Node}) -> keys_1(Node, []).

keys_1({K, _, Smaller, Bigger}, Acc) -> keys_1(Smaller, [K | keys_1(Bigger, Acc)]);
keys_1(nil, Acc) -> Acc.

values({_, Node}) -> values_1(Node, []).

values_1({_, V, Smaller, Bigger}, Acc) -> values_1(Smaller, [V | values_1(Bigger, Acc)]);
values_1(nil, Acc) -> Acc.

map(Fun, {Size, Node}) when is_function(Fun, 2) -> {Size, map_1(Fun, Node)}.

map_1(Fun, {K, V, Smaller, Bigger}) ->
    {K, Fun(K, V), map_1(Fun, Smaller), map_1(Fun, Bigger)};
map_1(_, nil) -> nil.

%% ---------------------------------------------------------------------
%% Iterators: the stack of nodes still to visit (with their bigger
%% subtrees), the next node first.

iterator({_, Node}) -> iterator_1(Node, []).

iterator_1({_, _, nil, _} = Node, Stack) -> [Node | Stack];
iterator_1({_, _, Smaller, _} = Node, Stack) -> iterator_1(Smaller, [Node | Stack]);
iterator_1(nil, Stack) -> Stack.

iterator_from(Key, {_, Node}) -> iterator_from_1(Key, Node, []).

iterator_from_1(Key, {K, _, _, Bigger}, Stack) when K < Key ->
    iterator_from_1(Key, Bigger, Stack);
iterator_from_1(_, {_, _, nil, _} = Node, Stack) -> [Node | Stack];
iterator_from_1(Key, {K, _, Smaller, _} = Node, Stack) when K > Key ->
    iterator_from_1(Key, Smaller, [Node | Stack]);
iterator_from_1(_, {_, _, _, _} = Node, Stack) -> [Node | Stack];
iterator_from_1(_, nil, Stack) -> Stack.

next([{K, V, _, Bigger} | Stack]) -> {K, V, iterator_1(Bigger, Stack)};
next([]) -> none.

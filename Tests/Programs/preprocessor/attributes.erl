-module(attributes).
-export([main/1, exported/0]).
-mode(compile).

%% Type specs, custom attributes and other forms the evaluator must accept and ignore.
-author("someone").
-vsn(1).
-my_attribute({anything, [1, 2, 3]}).
-compile([nowarn_unused_function]).
-export_type([color/0, handle/0]).
-type color() :: red | green | blue.
-type tree(T) :: leaf | {node, tree(T), T, tree(T)}.
-opaque handle() :: reference().
-record(box, {content :: term(), size = 0 :: non_neg_integer()}).
-callback init(term()) -> ok.

-spec exported() -> color().
exported() -> red.

-spec depth(tree(integer())) -> non_neg_integer().
depth(leaf) -> 0;
depth({node, L, _, R}) -> 1 + max(depth(L), depth(R)).

-spec unused(handle()) -> handle().
unused(H) -> H.

main(_) ->
    io:format("~p~n", [exported()]),
    io:format("~p~n", [depth({node, {node, leaf, 1, leaf}, 2, leaf})]),
    io:format("~p~n", [#box{content = x}]).

-module(tuple_list_nesting).
-export([main/1]).
-mode(compile).

shape({circle, R}) -> {area, 3 * R * R};
shape({rect, W, H}) -> {area, W * H};
shape({group, [First | _] = All}) -> {group, length(All), shape(First)};
shape({group, []}) -> empty_group;
shape(_) -> unknown.

main(_) ->
    Shapes = [{circle, 2}, {rect, 3, 4}, {group, [{rect, 1, 1}, {circle, 1}]},
              {group, []}, {triangle, 1, 2, 3}, {}],
    [io:format("~p~n", [shape(S)]) || S <- Shapes],
    [[{a, X}] | [{b, Y} | _]] = [[{a, 1}], {b, 2}, {c, 3}],
    io:format("~p~n", [{X, Y}]).

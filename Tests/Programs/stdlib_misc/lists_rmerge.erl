-module(lists_rmerge).
-export([main/1]).

%% The undocumented reverse merges of lists: results, tie order and errors.
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    F = fun(X, Y) -> X =< Y end,
    P = [{[3, 2, 1], [4, 2, 0]}, {[], [2, 1]}, {[2, 1], []}, {[{a, 1}], [{a, 1.0}]},
         {[3, 1], [3, 1]}, {[5, 3.0, 1], [3, 2]}, {a, [1]}, {[1], a}, {[1 | x], [2]},
         {[2], [1 | x]}, {[1, 2], [3, 4]}, {[], a}, {a, []}, {[], [1 | x]}, {[1 | x], []},
         {[3 | x], [2]}, {[3], [2 | x]}, {[2], [3 | x]}, {[3, 2 | x], [1]}, {[], []},
         {[x], [y]}, {"zyx", "zwa"}],
    [io:format("~w: ~w ~w ~w ~w~n",
               [X, t(fun() -> lists:rmerge(A, B) end), t(fun() -> lists:rumerge(A, B) end),
                t(fun() -> lists:rmerge(F, A, B) end), t(fun() -> lists:rumerge(F, A, B) end)])
     || X = {A, B} <- P],
    io:format("~w~n", [[t(fun() -> lists:rmerge(x, [1], [2]) end),
                        t(fun() -> lists:rmerge(fun(_) -> 1 end, [1], [2]) end),
                        t(fun() -> lists:rmerge(fun(_, _) -> 1 end, [1], [2]) end),
                        t(fun() -> lists:rumerge(fun(_, _) -> 1 end, [1], [2]) end),
                        lists:rumerge(fun({K1, _}, {K2, _}) -> K1 =< K2 end,
                                      [{3, a}, {1, b}], [{3, c}, {2, d}])]]),
    T = [{[3, 2, 1], [4, 2, 0], [5, 2]}, {[], [], []}, {[3], [2], [1]}, {[1], [2], [3]},
         {a, [], []}, {[], [], a}, {[{1, a}], [{1, b}], [{1, c}]},
         {[{a, 1}], [{a, 1.0}], []}, {[], [{a, 1}], [{a, 1.0}]}, {[{a, 1}], [], [{a, 1.0}]},
         {[{a, 1}], [{a, 1.0}], [{a, 1}]}, {[1], [], []}, {[], [1], []}, {[], [], [1]},
         {[], a, []}, {[3 | x], [2], [1]}, {[1], [2], [3 | x]}],
    [io:format("~w: ~w ~w~n", [X, t(fun() -> lists:rmerge3(A, B, C) end),
                              t(fun() -> lists:rumerge3(A, B, C) end)])
     || X = {A, B, C} <- T],
    K = [{1, [{3, a}, {1, b}], [{2, c}, {1, d}]}, {2, [{x, 3}, {y, 1}], [{z, 3}, {w, 2}]},
         {1, [{1, a}], [{1.0, b}]}, {1, [{1, a}], [{1, a}]}, {3, [{1, 2}], [{1, 2, 3}]},
         {0, [{1}], [{2}]}, {1, a, []}, {1, [], a}, {1, [a], [{1}]}, {1, [{2}], [a]},
         {1, [], []}, {1, [a], []}, {x, [{1}], [{2}]}, {1, [], [a]}, {1, [], [{1} | x]},
         {1, [{1} | x], []}, {1, [{3} | x], [{2}]}, {1, [{2}], [{3} | x]}],
    [io:format("~w: ~w ~w~n", [X, t(fun() -> lists:rkeymerge(N, A, B) end),
                              t(fun() -> lists:rukeymerge(N, A, B) end)])
     || X = {N, A, B} <- K],
    ok.

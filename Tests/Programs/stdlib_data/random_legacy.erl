%% random: the deprecated AS 183 generator.
-module(random_legacy).
-export([main/1]).

reason(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

main(_) ->
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [[random:uniform() || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [[random:uniform(100) || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [random:seed(1, 2, 3)]),
    io:format("~p~n", [random:seed({-40000, 0, 99999999})]),
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [[random:uniform() || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [random:seed()]),
    io:format("~p~n", [random:seed0()]),
    io:format("~p~n", [random:uniform_s({1, 2, 3})]),
    io:format("~p~n", [random:uniform_s(6, {1, 2, 3})]),
    io:format("~p~n", [element(1, lists:foldl(fun(_, {Acc, S}) ->
                           {V, S1} = random:uniform_s(1000, S), {[V | Acc], S1} end,
                           {[], {7, 8, 9}}, lists:seq(1, 20)))]),
    io:format("~p~n", [reason(fun() -> random:uniform(0) end)]),
    io:format("~p~n", [reason(fun() -> random:uniform_s(0, {1, 2, 3}) end)]),
    io:format("~p~n", [element(1, reason(fun() -> random:seed(a, 1, 2) end))]),
    ok.

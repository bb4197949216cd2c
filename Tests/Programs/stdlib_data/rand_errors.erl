%% rand: ranges, unseeded use and error reasons.
-module(rand_errors).
-export([main/1]).

reason(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

main(_) ->
    io:format("~p~n", [rand:export_seed()]),
    X = rand:uniform(),
    io:format("~p~n", [is_float(X) andalso X >= 0.0 andalso X < 1.0]),
    io:format("~p~n", [element(1, rand:export_seed())]),
    Ns = [rand:uniform(10) || _ <- lists:seq(1, 1000)],
    io:format("~p~n", [{lists:min(Ns), lists:max(Ns)}]),
    Rs = [rand:uniform_real() || _ <- lists:seq(1, 1000)],
    io:format("~p~n", [lists:all(fun(R) -> R > 0.0 andalso R < 1.0 end, Rs)]),
    Big = [rand:uniform(1 bsl 200) || _ <- lists:seq(1, 100)],
    io:format("~p~n", [lists:all(fun(B) -> B >= 1 andalso B =< 1 bsl 200 end, Big)]),
    io:format("~p~n", [byte_size(rand:bytes(33))]),
    Nm = [rand:normal() || _ <- lists:seq(1, 2000)],
    Mean = lists:sum(Nm) / 2000,
    io:format("~p~n", [abs(Mean) < 0.15]),
    io:format("~p~n", [is_float(rand:normal(10, 4))]),
    S = rand:seed_s(exsss, 1),
    io:format("~p~n", [reason(fun() -> rand:uniform(0) end)]),
    io:format("~p~n", [reason(fun() -> rand:uniform(-3) end)]),
    io:format("~p~n", [reason(fun() -> rand:uniform(a) end)]),
    io:format("~p~n", [reason(fun() -> rand:uniform(1.0) end)]),
    io:format("~p~n", [element(1, reason(fun() -> rand:uniform_s(0, S) end))]),
    io:format("~p~n", [reason(fun() -> rand:seed(foo) end)]),
    io:format("~p~n", [reason(fun() -> rand:seed_s(foo, 1) end)]),
    io:format("~p~n", [reason(fun() -> element(2, rand:seed_s(exsss, foo)) end)]),
    io:format("~p~n", [reason(fun() -> element(2, rand:seed_s(exsss, {1, 2})) end)]),
    io:format("~p~n", [reason(fun() -> rand:bytes(-1) end)]),
    io:format("~p~n", [reason(fun() -> rand:export_seed_s(foo) end)]),
    ok.

%% rand with explicit seeds: OTP's exact numbers for every current algorithm.
-module(rand_seeded).
-export([main/1]).

draws(F, S, N) ->
    element(1, lists:mapfoldl(fun(_, X) -> F(X) end, S, lists:seq(1, N))).

show(Alg, Seed) ->
    S = rand:seed_s(Alg, Seed),
    io:format("~p ~p~n  ~p~n", [Alg, Seed, rand:export_seed_s(S)]),
    io:format("  float ~w~n", [draws(fun rand:uniform_s/1, S, 6)]),
    io:format("  real ~w~n", [draws(fun rand:uniform_real_s/1, S, 6)]),
    [io:format("  range ~w ~w~n", [N, draws(fun(X) -> rand:uniform_s(N, X) end, S, 6)])
     || N <- [1, 2, 10, 16, 1000, 3 bsl 56, 1 bsl 58, (1 bsl 58) + 1, 1 bsl 64,
              1000000007 * 1000000009 * 1000000021, 3 bsl 114, 1 bsl 130]],
    io:format("  bytes ~w ~w ~w~n", [element(1, rand:bytes_s(K, S)) || K <- [0, 3, 17]]),
    {_, S5} = rand:uniform_s(lists:foldl(fun(_, X) -> element(2, rand:uniform_s(X)) end, S, lists:seq(1, 20))),
    io:format("  after 21 ~w~n", [rand:export_seed_s(S5)]).

main(_) ->
    [show(A, Seed) || A <- [exsss, exrop, exsp, exs1024s, exro928ss],
                      Seed <- [42, 0, -1, 1 bsl 70, {1, 2, 3}, {0, 0, 0}, {-5, 1 bsl 40, 7}]],
    [io:format("~p ~w~n", [A, [rand:export_seed_s(rand:seed_s(A, X)) || X <- [7, {4, 5, 6}]]])
     || A <- [exs64, exsplus, exs1024]],
    %% The process dictionary holds the state under rand_seed.
    rand:seed(exsss, {1, 2, 3}),
    io:format("~w~n", [[rand:uniform(), rand:uniform(6), rand:uniform_real()]]),
    io:format("~w~n", [rand:export_seed()]),
    {#{type := T}, St} = get(rand_seed),
    io:format("~w ~w~n", [T, St]),
    rand:seed(exrop, 42),
    io:format("~w ~w~n", [rand:uniform(100), rand:bytes(5)]),
    rand:seed({exsss, [5 | 6]}),
    io:format("~w~n", [rand:uniform(1000)]),
    rand:seed(rand:seed_s(exsp, 9)),
    io:format("~w~n", [rand:export_seed()]),
    io:format("~w~n", [is_map(element(1, rand:seed(exsss, 3)))]),
    %% jump
    [io:format("jump ~p ~w~n", [A, rand:export_seed_s(rand:jump(rand:seed_s(A, Seed)))])
     || A <- [exsss, exsp, exrop], Seed <- [42, {3, 2, 1}]],
    rand:seed(exrop, 5),
    rand:jump(),
    io:format("~w~n", [rand:export_seed()]),
    ok.

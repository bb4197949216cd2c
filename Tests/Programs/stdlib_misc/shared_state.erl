-module(shared_state).
-export([main/1]).

%% persistent_term, counters and atomics: results, limits, error reasons, and
%% updates from many processes at once.
r(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    p(persistent_term:put({my, key}, [1, 2])),
    p(persistent_term:get({my, key})),
    p(persistent_term:put({my, key}, 3)),
    p(persistent_term:get({my, key})),
    p(r(fun() -> persistent_term:get(missing) end)),
    p(persistent_term:get(missing, default)),
    p(persistent_term:erase({my, key})),
    p(persistent_term:erase({my, key})),
    p(persistent_term:put(1, one)),
    p(persistent_term:get(1.0, float_key_differs)),
    p(lists:member({1, one}, persistent_term:get())),
    Parent = self(),
    spawn(fun() -> Parent ! {seen, persistent_term:get(1)} end),
    receive {seen, V} -> p(V) end,

    A = atomics:new(3, []),
    p(is_reference(A)),
    p(maps:without([memory], atomics:info(A))),
    p([atomics:get(A, I) || I <- [1, 2, 3]]),
    p(atomics:put(A, 1, 10)),
    p(atomics:add_get(A, 1, 5)),
    p(atomics:sub_get(A, 1, 20)),
    p(atomics:add(A, 2, 1)),
    p(atomics:sub(A, 2, 3)),
    p(atomics:exchange(A, 2, 100)),
    p(atomics:compare_exchange(A, 2, 100, 7)),
    p(atomics:compare_exchange(A, 2, 100, 8)),
    p(atomics:get(A, 2)),
    p(atomics:put(A, 3, (1 bsl 63) - 1)),
    p(atomics:add_get(A, 3, 1)),
    [p(r(fun() -> atomics:put(A, I, Val) end)) || {I, Val} <- [{0, 1}, {4, 1}, {1, 1 bsl 63}, {1, 1.0}, {a, 1}]],
    p(r(fun() -> atomics:get(make_ref(), 1) end)),
    p(r(fun() -> atomics:new(0, []) end)),
    p(r(fun() -> atomics:new(2, [{signed, maybe}]) end)),
    p(r(fun() -> atomics:new(2, [bad]) end)),
    U = atomics:new(1, [{signed, false}]),
    p(maps:without([memory], atomics:info(U))),
    p(atomics:sub_get(U, 1, 1)),
    p(atomics:add_get(U, 1, 1)),
    p(atomics:put(U, 1, (1 bsl 64) - 1)),
    p(atomics:get(U, 1)),
    p(r(fun() -> atomics:put(U, 1, -1) end)),
    p(r(fun() -> atomics:put(U, 1, 1 bsl 64) end)),

    C = counters:new(2, []),
    p(element(1, C)),
    p(element(1, counters:new(1, [write_concurrency]))),
    p(element(1, counters:new(1, [atomics]))),
    p(counters:add(C, 1, 5)),
    p(counters:sub(C, 2, 2)),
    p([counters:get(C, 1), counters:get(C, 2)]),
    p(counters:put(C, 1, (1 bsl 63) - 1)),
    p(counters:add(C, 1, 1)),
    p(counters:get(C, 1)),
    p(maps:get(size, counters:info(C))),
    [p(r(fun() -> counters:add(C, I, Inc) end)) || {I, Inc} <- [{3, 1}, {1, 1.0}, {1, 1 bsl 64}]],
    p(r(fun() -> counters:get(x, 1) end)),
    p(r(fun() -> counters:new(2, [bad]) end)),

    %% Many processes increment the same counter and atomic.
    Shared = counters:new(1, [write_concurrency]),
    At = atomics:new(1, []),
    N = 20,
    Pids = [spawn_monitor(fun() ->
                                  [begin counters:add(Shared, 1, 1), atomics:add_get(At, 1, 2) end
                                   || _ <- lists:seq(1, 1000)]
                          end) || _ <- lists:seq(1, N)],
    [receive {'DOWN', R, process, P, normal} -> ok end || {P, R} <- Pids],
    p(counters:get(Shared, 1)),
    p(atomics:get(At, 1)).

-module(io_lib_limit_random).

%% io_lib:limit_term/2 and io_lib:write/2 with {depth, D} on 400 terms built
%% by a fixed pseudo-random generator (lists, improper lists, tuples, maps,
%% strings, binaries, atoms, numbers nested up to 3 levels).
-export([main/1]).
main(_) ->
  Leaves = [a, 1, 2.5, "str", "", <<1,2>>, <<>>, [], {}, #{}, [1000], "a\nb", [$a|b], 'x y'],
  Terms = gen(lists:seq(1, 400), Leaves, 1, []),
  [io:format("~w~n", [[io_lib:limit_term(T, D) || D <- [0,1,2,3,4,6]]]) || T <- Terms],
  [io:format("~s~n", [io_lib:write(T, [{depth, D}])]) || T <- lists:sublist(Terms, 100), D <- [1,3,5]],
  ok.
%% deterministic pseudo-random generator (no rand: swerl's may differ)
gen([], _, _, Acc) -> Acc;
gen([_ | Rest], Leaves, Seed, Acc) ->
  {T, Seed1} = term(Seed, Leaves, 3),
  gen(Rest, Leaves, Seed1, [T | Acc]).
next(S) -> (S * 1103515245 + 12345) rem 2147483648.
term(S, Leaves, 0) -> S1 = next(S), {lists:nth(1 + (S1 div 7) rem length(Leaves), Leaves), S1};
term(S, Leaves, Depth) ->
  S1 = next(S),
  N = (S1 div 13) rem 4,
  case (S1 div 5) rem 5 of
    0 -> term(S1, Leaves, 0);
    1 -> {L, S2} = terms(N, S1, Leaves, Depth - 1, []), {L, S2};
    2 -> {L, S2} = terms(N, S1, Leaves, Depth - 1, []), {list_to_tuple(L), S2};
    3 -> {L, S2} = terms(N, S1, Leaves, Depth - 1, []), {maps:from_list([{K, V} || {K, V} <- lists:zip(lists:seq(1, length(L)), L)]), S2};
    4 -> {L, S2} = terms(N + 1, S1, Leaves, Depth - 1, []), {lists:foldr(fun(X, Acc) -> [X | Acc] end, z, L), S2}
  end.
terms(0, S, _, _, Acc) -> {Acc, S};
terms(N, S, Leaves, D, Acc) -> {T, S1} = term(S, Leaves, D), terms(N - 1, S1, Leaves, D, [T | Acc]).

-module(guard_bifs).
-export([main/1]).
-mode(compile).

f(L) when length(L) > 2 -> long;
f(L) when is_list(L) -> short;
f(T) when tuple_size(T) =:= 2, element(1, T) =:= ok -> ok_pair;
f(M) when map_size(M) > 0 -> nonempty_map;
f(B) when byte_size(B) > 3 -> big_binary;
f(N) when abs(N) > 10 -> big_abs;
f(N) when N rem 2 =:= 0, N div 2 > 1 -> even_large;
f(X) when hd(X) =:= 1 -> never;
f(_) -> other.

g(X) when is_map_key(k, X) -> has_k;
g(X) when map_get(a, X) > 1 -> a_gt_1;
g(_) -> neither.

main(_) ->
    Args = [[1, 2, 3], [1], {ok, 1}, #{a => 1}, <<"hello">>, -20, 6, 3, {error, 1}],
    io:format("~p~n", [[f(A) || A <- Args]]),
    io:format("~p~n", [[g(#{k => 1}), g(#{a => 2}), g(#{a => 1}), g(#{})]]),
    io:format("~p~n", [[h(X) || X <- [1.5, 2.5, 3, -3.7]]]).

h(X) when round(X) =:= 2 -> round_two;
h(X) when trunc(X) =:= -3 -> trunc_minus_three;
h(X) when float(X) > 1.0 -> float_gt_one;
h(_) -> other.

-module(guard_classification).
-export([main/1]).
-mode(compile).

%% Guards: ranges, ; and , , type tests with sizes.
main(_) ->
    io:format("~p~n", [[grade(S) || S <- [95, 85, 72, 50, -1]]]),
    io:format("~p~n", [[classify(X) || X <- [1, 1.0, a, "s", <<"b">>, {t}, [], #{}, fun() -> ok end]]]).
grade(S) when S >= 90 -> a; grade(S) when S >= 80, S < 90 -> b; grade(S) when S >= 70; S =:= 71 -> c; grade(S) when is_integer(S), S >= 0 -> f; grade(_) -> invalid.
classify(X) when is_integer(X) -> int; classify(X) when is_float(X) -> float; classify(X) when is_atom(X) -> atom; classify(X) when is_list(X), length(X) > 0 -> list; classify([]) -> empty; classify(X) when is_binary(X) -> bin; classify(X) when is_tuple(X), tuple_size(X) == 1 -> tuple1; classify(X) when is_map(X), map_size(X) =:= 0 -> emptymap; classify(X) when is_function(X, 0) -> fun0.

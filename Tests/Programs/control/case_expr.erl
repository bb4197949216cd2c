-module(case_expr).
-export([main/1]).
-mode(compile).

describe(X) ->
    case X of
        0 -> zero;
        N when is_integer(N), N < 0 -> negative;
        N when is_integer(N) -> positive;
        {A, B} -> {pair, A, B};
        [_ | _] -> nonempty_list;
        _ -> other
    end.

main(_) ->
    io:format("~p~n", [[describe(V) || V <- [0, -3, 3, {1, 2}, [x], [], 1.5]]]),
    R = case {ok, 42} of {ok, V} -> V * 2; {error, _} -> 0 end,
    io:format("~p~n", [R]),
    Nested = case 1 of 1 -> case 2 of 2 -> inner end end,
    io:format("~p~n", [Nested]),
    case lists:member(a, [a]) of
        true -> Bound = yes;
        false -> Bound = no
    end,
    io:format("~p~n", [Bound]).

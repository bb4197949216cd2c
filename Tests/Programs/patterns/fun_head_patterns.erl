-module(fun_head_patterns).
-export([main/1]).
-mode(compile).

main(_) ->
    F = fun({ok, V}) -> V;
           ({error, _} = E) -> E;
           ([]) -> empty;
           (N) when is_integer(N) -> N * 2
        end,
    io:format("~p~n", [[F({ok, 1}), F({error, why}), F([]), F(21)]]),
    G = fun(X, X) -> equal; (_, _) -> unequal end,
    io:format("~p~n", [[G(1, 1), G(1, 2)]]).

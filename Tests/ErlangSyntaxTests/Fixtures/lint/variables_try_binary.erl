-module(variables_try_binary).
-export([a/1, b/1, c/2, d/1, e/1, f/1, g/1, h/1, i/1]).
a(X) -> try Y = X, Y of Z -> {Y, Z} catch _:_ -> Y after Y end.
b(X) -> try X catch E -> E; error:R -> R; C:R2:S -> {C, R2, S} end.
c(N, <<X:N>>) -> X.
d({N, <<X:N>>}) -> X.
e(B) -> <<X:N, N:8>> = B, X.
f(M) -> #{K := V} = M, V.
g(M) -> K = a, #{K := V} = M, V.
h(B) -> <<X:(byte_size(B))/binary>> = B, X.
i(B) -> <<X:8, Y/binary, Z:8>> = B, {X, Y, Z}.

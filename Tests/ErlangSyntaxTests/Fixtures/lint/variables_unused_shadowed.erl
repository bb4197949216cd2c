-module(variables_unused_shadowed).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1]).
a(L) -> [X || X <- L, Y <- L].
b(X) -> [X || X <- [1]].
c(X) -> case X of {Y, Y} -> ok; _ -> Z = 1 end.
d(_X) -> _X + _X.
e(X) -> fun(Y) -> Y end, X.
f(X) -> {X, 1}, ok.
g(X) -> X + 1, ok.
h(X) -> case X of 1 -> Y = 2; _ -> Y = 3 end.
i(X) -> case X of 1 -> Y = 2; _ -> Y = 3 end, ok.
j(X) -> case X of 1 -> Y = 2; _ -> ok end.

-module(variables_patterns).
-export([a/1, b/2, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1, k/1, l/1]).
a(X) -> {Y, Y} = X.
b(X, X) -> ok.
c(X) -> case X of 1 -> Y = 1; _ -> ok end, Y = 2.
d(X) -> X andalso (Y = true), Y.
e(X) -> F = 1, fun F() -> X end.
f(X) -> try X catch E:R:St -> ok end.
g(X) -> catch (Y = X), Y.
h(X) -> <<A:X, B:A>> = X, B.
i(X) -> <<A:Z>> = X, A.
j(X) -> case X of 1 -> Y = 1; _ -> ok end, case X of 1 -> Y; _ -> Y end.
k(X) -> [Z || {_, Z} <- X].
l(X) -> case X of {A, _} -> ok; {_, A} -> ok end, A.

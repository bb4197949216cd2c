-module(variables_unbound_branches).
-export([a/1, b/1, c/1, d/1]).
a(A) -> case A of 1 -> X; _ -> ok end, X.
b(A) -> case A of 1 -> X; _ -> X end, X.
c(A) -> F = fun() -> X end, {F, A, X}.
d(A) -> [X || _ <- A], X.

-module(variables_branch_merge).
-export([a/1, b/1, c/2, d/2, e/1, f/1, g/1, h/1]).
a(X) -> case X of 1 -> Y = 2, foo(Y); _ -> Y = 3 end.
b(X) -> case X of 1 -> Y = 2; _ -> ok end, Y.
c(A, B) -> case A of 1 -> case B of 1 -> Y = 1; _ -> ok end; _ -> ok end, Y.
d(A, B) -> case A of 1 -> case B of 1 -> Y = 1; _ -> ok end; _ -> Y = 2 end, Y.
e(X) -> case X of 1 -> Y = 2; _ -> ok end, Y = 3, Y.
f(X) -> if X -> Z = 1; true -> ok end, [Z || _ <- X].
g(X) -> if X -> Z = 1; true -> ok end, fun() -> Z end.
h(X) -> case X of 1 -> Y = 2; _ -> ok end.
foo(_) -> ok.

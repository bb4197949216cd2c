-module(variables_scoping).
-export([a/0, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1]).
a() -> X + X.
b(A) -> _ = A, _.
c(A) -> if A > 1 -> B = 1; true -> B = 2 end, B.
d(A) -> receive {A, B} -> ok; C -> B = C after 10 -> B = 1 end, B.
e(A) -> try A of 1 -> B = 1 catch _:_ -> B = 2 end, B.
f(A) -> try B = A of 1 -> ok catch _:_ -> ok end, B.
g(A) -> try A catch _:_ -> B = 1 after C = 1 end, {B, C}.
h(A) -> F = fun(A) -> B = A end, {F, B}.
i(A) -> [B || B <- A], B.

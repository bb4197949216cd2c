-module(constant_matches).
-export([a/1, b/1, c/0, d/0, e/1, f/1]).
a(X) -> if true -> a; X > 1 -> b end.
b(X) -> if X > 1 -> a; true -> b; X < 0 -> c end.
c() -> {a, 1} = {a, 2}.
d() -> case {a, 1} of {a, 2} -> ok end.
e(X) -> [a] = [X].
f(X) -> 1 = 2, X.

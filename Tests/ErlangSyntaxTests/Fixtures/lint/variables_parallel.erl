-module(variables_parallel).
-export([a/0, b/0, c/0, d/1, e/1, f/1, g/1, h/0, i/0]).
a() -> {X = 1, X}.
b() -> {X = 1, X = 2}, X.
c() -> [X = 1 | X].
d(Y) -> Y + (X = 1) + X.
e(Y) -> (X = Y) + X.
f(Y) -> foo(X = Y, X).
g(Y) -> #{a => (X = Y), b => X}.
h() -> X = X = 1.
i() -> {X, Y} = {Y = 1, X = 2}.
foo(_, _) -> ok.

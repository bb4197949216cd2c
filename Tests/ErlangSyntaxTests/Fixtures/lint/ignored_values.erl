-module(ignored_values).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1, k/1, l/1, m/1]).
a(X) -> 1, X.
b(X) -> X, ok.
c(X) -> length(X), ok.
d(X) -> X == 1, ok.
e(X) -> is_integer(X), ok.
f(X) -> [X], ok.
g(X) -> #{a => X}, ok.
h(X) -> <<X>>, ok.
i(X) -> self(), X.
j(X) -> element(1, X), ok.
k(X) -> "abc", foo, 1.0, [], X.
l(X) -> case X of 1 -> Y = 2; _ -> Y = 3 end, Y.
m(X) -> not X, -X, X andalso true, ok.

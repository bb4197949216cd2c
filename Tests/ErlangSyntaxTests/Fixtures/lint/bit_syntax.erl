-module(bit_syntax).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1, k/1]).
a(X) -> <<X:8/utf8>>.
b(X) -> <<X/float-binary>>.
c(X) -> <<X/unit:8>>.
d(X) -> <<X:8/integer-little-big>>.
e(<<X:8/float>>) -> X.
f(X) -> <<X:8/binary-unit:300>>.
g(X) -> <<X:(foo(X))>>.
h(<<X:(length(Y))>>) -> X.
i(<<X:foo>>) -> X.
j(<<(X+1):8>>) -> X.
k(<<"abc"/utf8, 1.5/float, "x">>) -> ok.

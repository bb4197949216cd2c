-module(bit_syntax_sizes).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1]).
a(X) -> <<X/binary-unit:8>>.
b(X) -> <<X:7/float>>.
c(X) -> <<X:foo>>.
d(<<X/binary-unit:8>>) -> X.
e(<<X:8/utf8>>) -> X.
f(<<X:1.5>>) -> X.
g(<<X/integer, Y/bits, Z/utf8>>) -> {X, Y, Z}.

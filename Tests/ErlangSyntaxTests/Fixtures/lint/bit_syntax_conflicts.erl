-module(bit_syntax_conflicts).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1]).
a(X) -> <<X/binary-float>>.
b(X) -> <<X:8/big-little>>.
c(X) -> <<X:8/signed-unsigned>>.
d(X) -> <<X:8/unit:8-unit:16>>.
e(X) -> <<X:8/binary-bytes>>.
f(X) -> <<X:8/bits-binary>>.
g(X) -> <<X:8/unit:0>>.
h(X) -> <<X:8/big-big, X:8/integer-integer>>.
i(X) -> <<X/utf8-unsigned, X:(-1)>>.
j(<<X:8/float-little, Y:32/float, Z:7/float, W/float, V/integer>>) -> {X, Y, Z, W, V}.

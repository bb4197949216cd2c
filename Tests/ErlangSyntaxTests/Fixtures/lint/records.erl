-module(records).
-export([a/1, b/1, c/1, d/0, e/1, f/1, g/0]).
-record(p, {x, y = 0, x}).
-record(p, {z}).
-record(q, {a = foo(), b = X}).
-record(unused, {a}).
a(R) -> R#p.z.
b(R) -> R#nope.x.
c(#p{w = 1}) -> ok.
d() -> #p{x = 1, x = 2}.
e(R) -> record_info(fields, nope).
f(R) -> record_info(size, p), record_info(foo, p), #p.w.
g() -> #q{}.

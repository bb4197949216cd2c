-module(calls_invalid_and_on_load).
-export([a/0, b/0, c/0, d/1, e/1, f/1, g/1, h/1, i/1, j/0]).
-on_load(nope/0).
a() -> 1(2).
b() -> "a"(1).
c() -> {a}(1).
d(M) -> #{{X} := 1} = M.
e(L) -> [X || X <- L, Y = X].
f(L) -> << <<X>> || <<X:8>> <= L, Y <- [X] >>.
g(M) -> M.
h(X) -> X#{a := 1, b => 2}.
i(X) -> fun(X) -> X end.
j() -> {[](1), <<>>(1), 1.5(1), (fun() -> ok end)(), $a(1)}.

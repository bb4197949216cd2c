-module(clauses_subsumed).
-export([f/1, g/2, h/1, i/1, j/1, k/1]).
f(0) -> 1;
f(0) -> 2;
f(_) -> 3.
g(X, X) -> 1;
g(_, _) -> 2;
g(a, b) -> 3.
h(X) when true -> X;
h(_) -> 1.
i([_|_]) -> 1;
i(X = Y) -> {X, Y};
i(_) -> 2.
j({X, Y}) -> {X, Y};
j({_, _}) -> 2.
k(X) -> case X of {ok, V} -> V; {ok, _} -> 1; _ -> 2 end.

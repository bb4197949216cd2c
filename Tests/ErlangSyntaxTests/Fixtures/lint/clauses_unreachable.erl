-module(clauses_unreachable).
-export([fact/1, f/1, g/1, h/1, i/2, j/1, k/1]).
fact(N) -> N * fact(N - 1);
fact(0) -> 1.
f(X) -> case X of Y -> Y; 1 -> 2 end.
g(X) -> case X of _ -> 1; {_} -> 2; _ -> 3 end.
h(X) -> receive Y -> Y; X -> 1 end.
i(X, Y) -> try X of Z -> Z; 1 -> Y catch _ -> 1; _:_ -> 2 end.
j(X) -> #{a := 1} = X.
k(X) -> fun(_) -> 1; (Y) -> Y end.

-module(ordering_same_position).
-export([j/1, a/1, c/0]).
c() -> fun(Z) -> Z end, fun(W) -> ok end.

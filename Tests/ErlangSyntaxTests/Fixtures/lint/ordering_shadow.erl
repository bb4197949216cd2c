-module(ordering_shadow).
-export([f/1]).
f(Z) -> fun(Z) -> fun Z() -> ok end end.

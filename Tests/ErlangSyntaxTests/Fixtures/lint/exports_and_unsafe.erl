-module(exports_and_unsafe).
-export([f/1, g/0]).
f(X) ->
    case X of
        1 -> Y = 1, Z = 2;
        2 -> Y = 2
    end,
    {Y, Z}.
h() -> ok.
k() -> h().

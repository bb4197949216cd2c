-module(variables_unbound_once).
-export([a/0, b/0, c/0, d/0]).
a() -> Y = X, Z = X, {Y, Z}.
b() -> {X, X = 1}.
c() -> {X = 1, X, X}.
d() -> X, X = 1.

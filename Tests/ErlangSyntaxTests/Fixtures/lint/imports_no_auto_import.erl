-module(imports_no_auto_import).
-export([a/1, b/1, c/1]).
-compile({no_auto_import, [length/1]}).
-import(lists, [min/1]).
-import(x, [max/2]).
a(L) -> ceil(L).
ceil(X) -> X.
b(L) -> length(L).
length(_) -> 0.
c(L) -> max(L, L).

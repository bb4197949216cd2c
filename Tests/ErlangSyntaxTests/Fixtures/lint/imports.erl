-module(imports).
-export([a/1, b/1, c/1, length/1, d/1]).
-import(lists, [map/2, reverse/1]).
-import(foo, [reverse/1]).
-import(bar, [size/1]).
a(L) -> reverse(L).
b(L) -> length(L).
c(L) -> size(L).
length(_) -> 0.
d(L) -> spawn(L), abs(L), atom_to_list(L).
spawn(X) -> X.
abs(X) -> X.

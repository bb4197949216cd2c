-module(guards_local_calls).
-export([a/1, b/1, c/1, d/1]).
-import(lists, [member/2]).
a(X) when foo(X) -> ok.
b(X) when member(X, []) -> ok.
c(X) when is_list(X) -> ok.
d(X) when bar(X) -> ok.
foo(_) -> true.
is_list(_) -> true.

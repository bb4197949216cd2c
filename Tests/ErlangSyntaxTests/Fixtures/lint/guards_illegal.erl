-module(guards_illegal).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1, k/1, l/1, m/1]).
a(X) when foo(X) -> ok.
b(X) when length(X) > 1, is_list(X); X + 1 == 2 -> ok.
c(X) when lists:member(X, [1]) -> ok.
d(X) when erlang:is_list(X), erlang:length(X) > 0 -> ok.
e(X) when X = 1 -> ok.
f(X) when X ! 1 -> ok.
g(X) when [X || X <- [1]] -> ok.
h(X) when fun() -> X end -> ok.
i(X) when Y -> X.
j(X) when is_record(X, r) -> ok.
k(X) when (X#{a => 1}) =:= 1; #{} =:= X; X#r.a =:= 1; <<X/binary>> =:= <<>>  -> ok.
l(X) when X andalso true, X orelse false, not X, X xor X -> ok.
m(X) when case X of _ -> true end -> ok.

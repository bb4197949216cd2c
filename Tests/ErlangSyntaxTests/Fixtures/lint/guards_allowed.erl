-module(guards_allowed).
-export([a/1, b/1, c/1, d/1, e/1, f/1, g/1, h/1, i/1, j/1]).
-record(r, {a}).
a(X) when X ++ [1] == [2] -> ok.
b(X) when X -- [1] == [2] -> ok.
c(X) when X#r.a == 1, #r{} == X, X#r{a = 2} == X, #r.a == 2 -> ok.
d(X) when X#{a => 1} == #{}, <<X/binary>> == <<>>, {X} == [X | X] -> ok.
e(X) when is_function(X, 2), map_get(a, X) == 1, is_map_key(a, X), tuple_size(X) > 2 -> ok.
f(X) when erlang:'+'(X, 1) > 2 -> ok.
g(X) when apply(erlang, abs, [X]) > 2 -> ok.
h(X) when element(1, X) + hd(X) + float(X) + size(X) > 2, binary_part(X, 0, 1) == <<>> -> ok.
i(X) when X == "abc"; X == 'a'; X == $a; X == 1.0; X == -1; X == +1; X == bnot 1 -> ok.
j(X) when is_list(X) =:= true, (not is_atom(X)) -> ok.

#!/usr/bin/env escript
%% Consecutive case and receive clauses matching tuples of one arity share the tuple test;
%% failures after it (element tests, guards) must still fall through to the right clause.
-module(shared_tuple_clauses).
main(_) ->
    F = fun(X) -> case X of {a, N} when N > 5 -> {big, N}; {a, N} -> {small, N}; {b, _} -> b; {_, _} -> other; _ -> none end end,
    io:format("~p~n", [[F(T) || T <- [{a, 7}, {a, 2}, {b, 1}, {c, 1}, {a, 1, 2}, x, {a, x}]]]),
    self() ! {x, 1}, self() ! {y, 2}, self() ! {z, 3},
    R = [receive {y, V} -> {gy, V}; {z, V} when V > 10 -> big; {z, V} -> {gz, V} end,
         receive {x, V2} -> {gx, V2}; {z, V2} -> {gz2, V2} end,
         receive {A, B} when is_atom(A), B > 2 -> {last, A, B}; {_, _} -> none end],
    io:format("~p~n", [R]).

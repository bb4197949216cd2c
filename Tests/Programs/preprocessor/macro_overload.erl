-module(macro_overload).
-export([main/1]).
-mode(compile).

%% Macros overloaded by arity, macros calling macros, macros expanding to clauses.
-define(M, zero).
-define(M(A), {one, A}).
-define(M(A, B), {two, A, B}).
-define(ADD(A, B), A + B).
-define(DOUBLE_ADD(A, B), ?ADD(?ADD(A, B), ?ADD(A, B))).
-define(IS_SMALL(X), is_integer(X), X < 10).

classify(X) when ?IS_SMALL(X) -> small;
classify(_) -> big.

main(_) ->
    io:format("~p~n", [[?M, ?M(1), ?M(1, 2)]]),
    io:format("~p~n", [?DOUBLE_ADD(1, 2)]),
    io:format("~p~n", [[classify(3), classify(30), classify(x)]]).

-module(deep_map_recursion).
-export([main/1]).
-mode(compile).

%% Body-recursive list building, the natural Erlang way.
double([]) -> [];
double([H | T]) -> [2 * H | double(T)].

app([], Ys) -> Ys;
app([X | Xs], Ys) -> [X | app(Xs, Ys)].

main(_) ->
    L = double(lists:seq(1, 1000000)),
    io:format("~p~n", [{length(L), lists:last(L)}]),
    A = app(lists:seq(1, 500000), [end_marker]),
    io:format("~p~n", [{length(A), lists:last(A)}]).

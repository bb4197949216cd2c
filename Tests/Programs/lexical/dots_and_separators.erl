-module(dots_and_separators).
-export([main/1]).
-mode(compile).

%% Clause separators, guard sequences and a final '.' followed by a comment without newline.
main(_) ->
    io:format("~p~n", [[f(1), f(2), f(x)]]),
    io:format("~p~n", [g(5)]),
    io:format("~p~n", [begin A = 1, B = A + 1, B + 1 end]).

f(1) -> one;
f(2) -> two;
f(_) -> other.

g(X) when X > 0, X < 10; X =:= 100 -> small_or_hundred;
g(_) -> other.
%% no newline at the end of this comment
%% end
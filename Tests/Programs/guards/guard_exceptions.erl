-module(guard_exceptions).
-export([main/1]).
-mode(compile).

%% An exception inside a guard makes that guard fail silently.
f(X) when hd(X) > 0 -> positive_head;
f(X) when length(X) >= 0 -> proper_list;
f(X) when X + 1 > 0 -> numberish;
f(_) -> fallback.

g(X) when element(2, X) =:= b; element(1, X) =:= a -> matched;
g(_) -> no.

main(_) ->
    io:format("~p~n", [[f([1]), f([-1]), f([]), f(5), f(atom), f([1 | 2])]]),
    io:format("~p~n", [[g({a}), g({x, b}), g(notatuple)]]).

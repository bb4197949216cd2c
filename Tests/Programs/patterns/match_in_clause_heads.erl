-module(match_in_clause_heads).
-export([main/1]).
-mode(compile).

%% Pattern = Var aliases in heads, and matches on both sides.
first({point, X, _} = P) -> {X, P}.
both([H | _] = L, L) -> {same_list, H};
both(_, _) -> different.
alias2(A = {B, _}) -> {A, B}.

main(_) ->
    io:format("~p~n", [first({point, 1, 2})]),
    io:format("~p~n", [both([1, 2], [1, 2])]),
    io:format("~p~n", [both([1, 2], [1, 3])]),
    io:format("~p~n", [alias2({x, y})]).

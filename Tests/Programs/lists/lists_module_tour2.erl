-module(lists_module_tour2).
-export([main/1]).
-mode(compile).

%% zip, unzip, zipwith, enumerate, filtermap, takewhile, split, join, uniq.
main(_) ->
    io:format("~p~n", [lists:zip([1, 2], [a, b])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A + B end, [1, 2], [3, 4])]),
    io:format("~p~n", [lists:enumerate([a, b])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 1 -> {true, X * 2}; (_) -> false end, [1, 2, 3])]),
    io:format("~p~n", [lists:flatmap(fun(X) -> [X, X] end, [1, 2])]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X < 3 end, [1, 2, 3, 1])]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X < 3 end, [1, 2, 3, 1])]),
    io:format("~p~n", [lists:last([1, 2, 3])]),
    io:format("~p~n", [lists:split(2, [a, b, c])]),
    io:format("~p~n", [lists:subtract([1, 2, 3, 2], [2])]),
    io:format("~p~n", [lists:delete(2, [1, 2, 3, 2])]),
    io:format("~p~n", [lists:append([[1], [2, 3], []])]),
    io:format("~p~n", [lists:min([3, 1, 2])]),
    io:format("~p ~p~n", [lists:member(2, [1, 2]), lists:nth(2, [a, b])]),
    io:format("~p~n", [lists:join(x, [a, b, c])]),
    io:format("~p~n", [lists:uniq([1, 2, 1, 3])]).

-module(lists_module_tour).
-export([main/1]).
-mode(compile).

%% keysort, ukeysort, zip3, foldr, mapfoldl, partition, splitwith, sublist, seq with steps.
main(_) ->
    io:format("~p~n", [lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}])]),
    io:format("~p~n", [lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}])]),
    io:format("~p~n", [lists:zip3([1,2], [a,b], [x,y])]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> [X * 2 | A] end, [], [1,2,3])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, A) -> {X + A, A + X} end, 0, [1,2,3])]),
    io:format("~p~n", [lists:partition(fun(X) -> X > 2 end, [1,2,3,4])]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 3 end, [1,2,3,1])]),
    io:format("~p ~p~n", [lists:sublist([1,2,3,4], 2, 2), lists:nthtail(2, [1,2,3])]),
    io:format("~p~n", [lists:flatten([1, [2, [3, []]], 4])]),
    io:format("~p ~p ~p~n", [lists:duplicate(3, x), lists:seq(1, 10, 3), lists:seq(10, 1, -4)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, [3, 1, 2])]),
    io:format("~p~n", [lists:usort([3, 1, 3, 2])]).

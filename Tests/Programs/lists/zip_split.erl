-module(zip_split).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [lists:zip([1, 2, 3], [a, b, c])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:zip3([1, 2], [a, b], [x, y])]),
    io:format("~p~n", [lists:unzip3([{1, a, x}, {2, b, y}])]),
    io:format("~p~n", [lists:split(2, [a, b, c, d])]),
    io:format("~p~n", [lists:enumerate([a, b, c])]),
    io:format("~p~n", [lists:enumerate(0, [a, b])]),
    io:format("~p~n", [lists:merge([1, 3, 5], [2, 4])]),
    io:format("~p~n", [lists:merge([[1, 4], [2, 5], [3]])]),
    io:format("~p~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("~p~n", [lists:concat([a, "b", 1, 2.5])]),
    io:format("~p~n", [lists:join(", ", ["a", "b", "c"])]),
    io:format("~p~n", [lists:prefix([1, 2], [1, 2, 3])]),
    io:format("~p~n", [lists:suffix([3], [1, 2, 3])]),
    io:format("~p~n", [lists:droplast([1, 2, 3])]),
    io:format("~p~n", [lists:usort([b, a, c, a])]),
    io:format("~p~n", [lists:uniq([3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:max([a, 1, "z"])]).

-module(term_controls).
-export([main/1]).
-mode(compile).

main(_) ->
    T = {tuple, [1, 2, 3], "string", <<"bin">>, 1.5, #{k => v}, 'Quoted'},
    io:format("~w~n", [T]),
    io:format("~p~n", [T]),
    io:format("~10p~n", [[a, b, c, d, e, f]]),
    io:format("~20w|~n", [abc]),
    io:format("~-20w|~n", [abc]),
    io:format("~5w|~n", [toolongatom]),
    io:format("~P~n", [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5]),
    io:format("~W~n", [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5]),
    io:format("~P~n", [{a, {b, {c, {d, {e}}}}}, 3]),
    io:format("~W~n", [<<"a long binary value">>, 3]),
    io:format("~P~n", [#{a => 1, b => 2, c => 3}, 2]),
    io:format("~lp~n", [[104, 105]]),
    io:format("~tp~n", [[104, 105]]),
    io:format("~p~n", [[1, 2 | 3]]),
    io:format("~p~n", [{}]),
    io:format("~p ~p~n", [-1, -1.5]).

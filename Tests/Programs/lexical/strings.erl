-module(strings).
-export([main/1]).
-mode(compile).

%% String literals are lists of character codes; adjacent literals concatenate.
main(_) ->
    io:format("~p~n", ["abc"]),
    io:format("~w~n", ["abc"]),
    io:format("~p~n", ["ab" "cd" "ef"]),
    io:format("~p~n", [""]),
    io:format("~p~n", [[$a, $b, $c]]),
    io:format("~p~n", [[97, 98, 300]]),
    io:format("~p~n", [[97, 98 | "c"]]),
    io:format("~p~n", ["with \"quotes\" inside"]),
    io:format("~p~n", ["back\\slash"]),
    io:format("~p~n", [length("hello")]),
    io:format("~p~n", ["multi
line"]),
    io:format("~s~n", ["plain output"]),
    io:format("~p~n", [[]]),
    io:format("~p~n", [[0, 1, 2]]),
    io:format("~p~n", ["a" ++ "b"]).

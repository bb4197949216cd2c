-module(string_conversions).
-export([main/1]).
-mode(compile).

%% string:to_integer/to_float and the old string functions.
main(_) ->
    io:format("~p~n", [string:to_integer("42abc")]),
    io:format("~p~n", [string:to_float("3.5x")]),
    io:format("~p~n", [string:to_integer("abc")]),
    io:format("~p~n", [string:is_empty("")]),
    io:format("~p~n", [string:prefix("foobar", "foo")]),
    io:format("~p~n", [string:equal("a", "A", true)]),
    io:format("~p~n", [string:str("hello", "ll")]),
    io:format("~p~n", [string:substr("hello", 2, 3)]),
    io:format("~p~n", [string:strip("  x  ")]),
    io:format("~p~n", [string:left("ab", 5, $.)]),
    io:format("~p~n", [string:right("ab", 5, $.)]),
    io:format("~p~n", [string:sub_word("a b c", 2)]),
    io:format("~p~n", [string:split("a=b=c", "=")]),
    io:format("~p~n", [string:split("a=b=c", "=", trailing)]),
    io:format("~p~n", [string:find("abc", "z")]).

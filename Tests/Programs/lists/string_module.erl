-module(string_module).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [string:tokens("a,b,,c", ",")]),
    io:format("~p~n", [string:split("a,b,c", ",")]),
    io:format("~p~n", [string:split("a,b,c", ",", all)]),
    io:format("~p~n", [string:join(["x", "y", "z"], "-")]),
    io:format("~p~n", [string:uppercase("Hello")]),
    io:format("~p~n", [string:lowercase("Hello")]),
    io:format("~p~n", [string:to_upper("abc")]),
    io:format("~p~n", [string:trim("  padded  ")]),
    io:format("~p~n", [string:trim("xxhixx", both, "x")]),
    io:format("~p~n", [string:length("hello")]),
    io:format("~p~n", [string:reverse("hello")]),
    io:format("~p~n", [string:find("hello world", "o w")]),
    io:format("~p~n", [string:replace("a-b-c", "-", "+", all)]),
    io:format("~p~n", [string:slice("hello", 1, 3)]),
    io:format("~p~n", [string:pad("7", 3, leading, $0)]),
    io:format("~p~n", [string:is_empty("")]),
    io:format("~p~n", [string:equal("a", "a")]),
    io:format("~p~n", [string:prefix("foobar", "foo")]),
    io:format("~p~n", [string:lexemes("  a  b c ", " ")]),
    io:format("~p~n", [string:chr("hello", $l)]),
    io:format("~p~n", [string:str("hello", "ll")]),
    io:format("~p~n", [string:substr("hello", 2, 3)]),
    io:format("~p~n", [string:copies("ab", 3)]),
    io:format("~p~n", [string:strip("  x  ")]),
    io:format("~p~n", [string:left("ab", 4, $.)]),
    io:format("~p~n", [string:right("ab", 4, $.)]).

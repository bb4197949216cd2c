-module(string_module_basics).
-export([main/1]).
-mode(compile).

%% string: trim, tokens, split, lexemes, find, replace, pad.
main(_) ->
    S = "  Hello, World!  ",
    io:format("~p~n~p~n~p~n~p~n", [string:trim(S), string:trim(S, leading), string:trim(S, trailing, " !"), string:to_upper(S)]),
    io:format("~p~n", [string:tokens("a,b,,c", ",")]),
    io:format("~p~n", [string:split("a,b,,c", ",", all)]),
    io:format("~p~n", [string:lexemes("a,b,,c", ",")]),
    io:format("~p ~p~n", [string:find("hello world", "o"), string:find("hello world", "o", trailing)]),
    io:format("~p~n", [string:replace("a-b-c", "-", "+", all)]),
    io:format("~p~n", [string:pad("ab", 6, both, $*)]),
    io:format("~p~n", [string:pad("ab", 6)]),
    io:format("~p~n", [string:pad("ab", 6, leading)]).

-module(unicode_string_functions).
-export([main/1]).
-mode(compile).

%% string functions on unicode text: pad, length, case, split, replace, trim, lexemes.
main(_) ->
    io:format("~p~n", [[string:nth_lexeme("a,b,,c", N, ",") || N <- [1, 2, 3, 4]]]),
    io:format("~p~n", [string:nth_lexeme(<<",,x, y">>, 2, ", ")]),
    io:format("~p~n", [string:nth_lexeme("", 1, ",")]),
    io:format("~p~n", [try string:nth_lexeme("a", 0, ",") catch error:R -> R end]),
    io:format("~s~n", [string:pad("é", 4, trailing, $-)]),
    io:format("~ts|~n", [string:pad("日本", 6)]),
    io:format("~p~n", [string:length("日本語")]),
    io:format("~p~n", [string:to_upper("straße")]),
    io:format("~p~n", [string:uppercase("straße")]),
    io:format("~p~n", [string:split("a||b||c", "||", all)]),
    io:format("~p~n", [string:replace("aaa", "a", "b")]),
    io:format("~p~n", [string:replace("aaa", "a", "b", trailing)]),
    io:format("~p~n", [string:trim("xxhixx", both, "x")]),
    io:format("~p~n", [string:find("a.b.c", ".", trailing)]),
    io:format("~p~n", [string:lexemes("  a  b ", " ")]),
    io:format("~p~n", [string:nth_lexeme("a,b,c", 2, ",")]),
    io:format("~p~n", [unicode:characters_to_list(<<"héllo"/utf8>>)]),
    io:format("~p~n", [io_lib:format("~ts", ["日"])]).

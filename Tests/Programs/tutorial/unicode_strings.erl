-module(unicode_strings).
-export([main/1]).
-mode(compile).

%% Unicode strings: length vs string:length, case mapping, binaries.
main(_) ->
    S = "héllo wörld",
    io:format("~p ~p~n", [length(S), string:length(S)]),
    io:format("~ts~n", [string:uppercase(S)]),
    B = unicode:characters_to_binary(S),
    io:format("~p ~p~n", [byte_size(B), B]),
    io:format("~ts~n", [B]),
    io:format("~p~n", [unicode:characters_to_list(B)]),
    io:format("~ts~n", [string:reverse(S)]),
    io:format("~p~n", [string:titlecase("hello")]),
    io:format("~p~n", [string:casefold("ÄBC")]),
    io:format("~s~n", [string:slice("hello world", 6)]),
    io:format("~p~n", [string:next_grapheme("abc")]).

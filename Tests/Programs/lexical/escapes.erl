-module(escapes).
-export([main/1]).
-mode(compile).

%% Escape sequences in strings and quoted atoms.
main(_) ->
    io:format("~w~n", ["\n\t\r\b\f\v\e\d\s\0"]),
    io:format("~w~n", ["\101\102\7\07\101a"]),
    io:format("~w~n", ["\x41\x4a\x{41}\x{1F600}"]),
    io:format("~w~n", ["\^a\^b\^z\^@\^?"]),
    io:format("~w~n", ["\'\"\\"]),
    io:format("~w~n", ["\q\z"]),
    io:format("~p~n", ["tab\there"]),
    io:format("~p~n", ["nl\nhere"]),
    io:format("~p~n", ["esc\e bell\007 del\d"]),
    io:format("~w~n", ['\x41\x42']),
    io:format("~p~n", ['a\nb']),
    io:format("[~s]~n", ["a\tb"]).

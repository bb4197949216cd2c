-module(string_controls).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("[~s]~n", ["abc"]),
    io:format("[~10s]~n", ["abc"]),
    io:format("[~-10s]~n", ["abc"]),
    io:format("[~.2s]~n", ["abcdef"]),
    io:format("[~5.2s]~n", ["abcdef"]),
    io:format("[~-5.2s]~n", ["abcdef"]),
    io:format("[~2s]~n", ["abcdef"]),
    io:format("[~10.3.*s]~n", [$*, "abcdef"]),
    io:format("[~10..*s]~n", [$., "abc"]),
    io:format("[~s]~n", [["nested", [" io", $l], <<"ist">>]]),
    io:format("[~s]~n", [hello_atom]),
    io:format("[~10s]~n", [hello]),
    io:format("[~ts]~n", ["unicode ok"]),
    io:format("[~c] [~3c] [~-3c] [~.3c]~n", [$x, $y, $z, $w]),
    io:format("[~*s] [~-*s]~n", [6, "ab", 6, "cd"]),
    io:format("[~*.*s]~n", [8, 3, "abcdef"]).

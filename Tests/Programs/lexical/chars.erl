-module(chars).
-export([main/1]).
-mode(compile).

%% $-character literals, including escapes, evaluate to integers.
main(_) ->
    io:format("~p~n", [[$a, $Z, $0, $\s, $ , $$, $%, $\\, $', $"]]),
    io:format("~w~n", [[$a, $Z, $0, $\s, $ , $$, $%, $\\, $', $"]]),
    io:format("~w~n", [[$\n, $\t, $\r, $\b, $\f, $\v, $\e, $\d, $\0]]),
    io:format("~w~n", [[$\101, $\7, $\x41, $\x{263A}, $\^a, $\^Z, $\^[]]),
    io:format("~w~n", [[$é, $ÿ]]),
    io:format("~c~c~c~n", [$o, $k, $!]),
    io:format("~p~n", [$a + 1]).

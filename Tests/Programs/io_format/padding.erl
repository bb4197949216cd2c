-module(padding).
-export([main/1]).
-mode(compile).

%% Field width, precision and pad character: ~F.P.PadC
main(_) ->
    io:format("[~5.1.xs]~n", ["a"]),
    io:format("[~-5..-s]~n", ["ab"]),
    io:format("[~5..0b]~n", [42]),
    io:format("[~-5..*w]~n", [$*, ok]),
    io:format("[~.3.xw]~n", [ok]),
    io:format("[~10.4.#f]~n", [3.14159]),
    io:format("[~3.1.-w]~n", [abcdef]),
    io:format("[~6.2e]~n", [12345.678]),
    io:format("[~*.*.0f]~n", [9, 2, 3.14159]),
    io:format("[~5c]~n", [$a]),
    io:format("[~5.3c]~n", [$b]).

-module(integer_controls).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("[~b] [~b] [~b]~n", [10, -10, 1 bsl 70]),
    io:format("[~.2b] [~.16b] [~.16B] [~.36B]~n", [10, 255, 255, 1295]),
    io:format("[~x] [~.16x] [~.16X]~n", [255, "0x", 255, "0x", -255, "0x"]),
    io:format("[~#] [~.16#] [~.2#]~n", [255, 255, 5]),
    io:format("[~+] [~.16+]~n", [255, 255]),
    io:format("[~8b] [~-8b] [~08b] [~8.16b]~n", [42, 42, 42, 42]),
    io:format("[~3b]~n", [12345]),
    io:format("[~.8b]~n", [-8]),
    io:format("[~e] [~f] [~g]~n", [1.5, 1.5, 1.5]).

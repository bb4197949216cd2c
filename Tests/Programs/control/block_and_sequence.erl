-module(block_and_sequence).
-export([main/1]).
-mode(compile).

main(_) ->
    X = begin
            A = 1,
            B = A + 1,
            A + B
        end,
    io:format("~p~n", [X]),
    io:format("~p~n", [begin io:format("side effect~n"), value end]),
    Y = (fun() -> first, second, third end)(),
    io:format("~p~n", [Y]).

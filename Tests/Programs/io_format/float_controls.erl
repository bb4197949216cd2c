-module(float_controls).
-export([main/1]).
-mode(compile).

main(_) ->
    X = 3.14159265,
    io:format("[~f] [~.2f] [~.1f] [~10.3f] [~-10.3f] [~010.3f]~n", [X, X, X, X, X, X]),
    io:format("[~e] [~.3e] [~12.2e] [~.2e]~n", [X, X, X, X]),
    io:format("[~g] [~.3g] [~g] [~g] [~g]~n", [X, X, 1.0e-5, 123456789.0, 0.1]),
    io:format("[~f] [~e]~n", [1.0e20, 1.0e-20]),
    io:format("[~f] [~.1f] [~.3f]~n", [-0.5, 0.05, 2.0005]),
    io:format("[~.2f] [~.2f]~n", [0.125, 0.375]),
    io:format("[~p] [~w]~n", [X, -X]).

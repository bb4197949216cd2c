-module(float_special).
-export([main/1]).
-mode(compile).

%% Negative zero, very small and very large floats.
main(_) ->
    NZ = -0.0,
    io:format("~p~n", [[NZ, 0.0 == NZ, 0.0 =:= NZ, NZ + 0.0, 0.0 * -1]]),
    io:format("~p~n", [[5.0e-324 / 2, 1.0e-320, 1.0e308 * 1.7]]),
    io:format("~p~n", [[math:pow(10, 308), math:pow(2, -1074)]]),
    io:format("~p~n", [[float_to_list(-0.0), abs(-0.0)]]),
    io:format("~p~n", [[round(-0.4), trunc(-0.9), -0.0 < 0.0]]).

-module(float_printing).
-export([main/1]).
-mode(compile).

%% ~p/~w use the shortest representation that reads back exactly.
main(_) ->
    Fs = [1/3, 2/3, 1.0e23, 9007199254740993.0, 0.3, 1.0e-7, 4.35, 1.0e100,
          123456789012345680.0, 12345678901234567.0, 0.000123, 1.5e-9,
          2.0e-308, 2.2250738585072014e-308, 4.9406564584124654e-324,
          100.0, 1000000.0, 1.0e7, 99999999999999999999.0, 3.0e20, 5.0e-5],
    [io:format("~p~n", [F]) || F <- Fs],
    io:format("~s~n", [float_to_list(1/3)]),
    io:format("~s~n", [float_to_list(1/3, [{decimals, 4}])]),
    io:format("~s~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.0e10, [{scientific, 3}])]),
    io:format("~s~n", [float_to_list(0.1, [short])]),
    io:format("~s~n", [float_to_list(1.0, [{decimals, 3}, compact])]),
    io:format("~p~n", [float_to_binary(1.25)]),
    io:format("~p~n", [list_to_float("1.5e3")]),
    io:format("~p~n", [binary_to_float(<<"-0.25">>)]).

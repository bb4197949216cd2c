-module(floats).
-export([main/1]).
-mode(compile).

%% Float literals and their shortest round-trip printing.
main(_) ->
    Fs = [1.0, 0.5, 3.14159, 1.0e10, 1.0e-10, 2.5E3, 1.5e+2, 123.456e-2,
          0.1, 0.2, 0.1 + 0.2, 1.0e15, 1.0e16, 1.0e21, 1.0e22, 1.0e-4, 1.0e-5,
          123456789.0, 1.0e300, 5.0e-324, 1.7976931348623157e308,
          -0.0, 0.0, -1.5, 1_000.5, 1.0e1_0, 100.0, 2.0e-3],
    lists:foreach(fun(F) -> io:format("~p ~w~n", [F, F]) end, Fs),
    io:format("~p~n", [float_to_list(0.1)]),
    io:format("~p~n", [is_float(1.0) andalso not is_float(1)]).

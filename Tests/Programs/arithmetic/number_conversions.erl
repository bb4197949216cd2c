-module(number_conversions).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [integer_to_list(255)]),
    io:format("~p~n", [integer_to_list(255, 16)]),
    io:format("~p~n", [integer_to_list(-255, 2)]),
    io:format("~p~n", [integer_to_list(35, 36)]),
    io:format("~p~n", [integer_to_binary(1 bsl 70)]),
    io:format("~p~n", [list_to_integer("-1234")]),
    io:format("~p~n", [list_to_integer("ff", 16)]),
    io:format("~p~n", [list_to_integer("+77", 8)]),
    io:format("~p~n", [binary_to_integer(<<"123456789012345678901234567890">>)]),
    io:format("~p~n", [binary_to_integer(<<"zz">>, 36)]),
    io:format("~p~n", [string:to_integer("42abc")]),
    io:format("~p~n", [string:to_float("2.5rest")]),
    io:format("~p~n", [try list_to_integer("12x") catch error:R -> {caught, R} end]),
    io:format("~p~n", [[round(1.0e20), trunc(1.0e20)]]),
    io:format("~p~n", [float(1 bsl 70)]).

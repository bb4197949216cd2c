-module(io_lib_format).
-export([main/1]).
-mode(compile).

main(_) ->
    S = io_lib:format("~p-~s-~b", [x, "y", 7]),
    io:format("~p~n", [S]),
    io:format("~p~n", [lists:flatten(S)]),
    io:format("~s~n", [io_lib:format("~5.1f|", [2.25])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w", [{1, [2]}]))]),
    io:format("~p~n", [io_lib:write(atom)]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("quoted"))]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('needs quotes'))]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:printable_list("abc\n")]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [lists:flatten(io_lib:print({a, "b"}))]),
    io:format("~s~n", [io_lib:fwrite("~8.3.0f", [3.14159])]).

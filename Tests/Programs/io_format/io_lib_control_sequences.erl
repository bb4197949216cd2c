-module(io_lib_control_sequences).
-export([main/1]).
-mode(compile).

%% io_lib:format and io:format control sequences, widths and padding.
main(_) ->
    io:format("~s~n", [io_lib:format("~p and ~w", [[1,2], {a, "b"}])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~4..0B", [7]))]),
    io:format("~p~n", [io_lib:format("~s", ["x"])]),
    io:format("~-6.2.0f|~n", [1.5]),
    io:format("~.3e~n", [1234.5]),
    io:format("~15p~n", [[aaaa, bbbb, cccc, dddd, eeee]]),
    io:format("~p~n", [lists:seq(1, 30)]),
    io:format("~w~n", [<<1,2,3>>]),
    io:format("~p~n", [{[$a, $b], [1000], "x\\ny"}]),
    io:format("~p~n", [[1.0, -0.0, 1.5e-10, 123456789012345678901234567890]]),
    io:format("~s~n", [["ab", $c, <<"de">>]]),
    io:format("~c~c~n", [$a, 955]),
    io:format("~ts~n", [[955, 946]]).

-module(write_and_print_misc).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[{1.0, -0.0, 1.0e100}]]),
    io:format("~w~n", [[$a, $b]]),
    io:format("~p~n", [<<1:1>>]),
    io:format("~p~n", [[<<"x">> | <<"y">>]]),
    io:format("~p~n", [{[], {}, <<>>, #{}, ""}]),
    io:format("~p~n", [[[]]]),
    io:format("~p~n", [["", ""]]),
    io:format("~p~n", [[a, "b", [$c]]]),
    io:format("~s~n", [io_lib:format("~p", [self()]) =/= []]).

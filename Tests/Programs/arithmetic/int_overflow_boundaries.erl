-module(int_overflow_boundaries).
-export([main/1]).
-mode(compile).

%% Values around machine-word boundaries must promote and demote seamlessly.
main(_) ->
    Max63 = 9223372036854775807,
    Min63 = -9223372036854775808,
    io:format("~p~n", [Max63 + 1]),
    io:format("~p~n", [Min63 - 1]),
    io:format("~p~n", [Max63 * 2]),
    io:format("~p~n", [Max63 * Max63]),
    io:format("~p~n", [(Max63 + 1) - 1 =:= Max63]),
    io:format("~p~n", [Min63 div -1]),
    io:format("~p~n", [-Min63]),
    io:format("~p~n", [abs(Min63)]),
    io:format("~p~n", [576460752303423487 + 1]),
    io:format("~p~n", [-576460752303423488 - 1]),
    io:format("~p~n", [134217727 * 134217727 * 134217727]),
    io:format("~p~n", [(1 bsl 62) + (1 bsl 62)]),
    io:format("~p~n", [4294967296 * 4294967296]),
    io:format("~p~n", [is_integer(Max63 * Max63 div Max63)]).

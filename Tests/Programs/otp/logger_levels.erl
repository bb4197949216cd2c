-module(logger_levels).
-export([main/1]).
-mode(compile).

%% logger's primary level (notice under escript) decides which events are
%% logged. (No event above the level is logged here: OTP prints them on
%% stdout, asynchronously, so they could land between the lines below.)
main(_) ->
    io:format("~p~n", [maps:get(level, logger:get_primary_config())]),
    io:format("~p~n", [[L || L <- [emergency, alert, critical, error, warning, notice, info, debug],
                             logger:allow(L, ?MODULE)]]),
    ok = logger:info("not logged"),
    ok = logger:set_primary_config(level, warning),
    io:format("~p~n", [maps:get(level, logger:get_primary_config())]),
    io:format("~p~n", [[L || L <- [error, warning, notice], logger:allow(L, ?MODULE)]]),
    io:format("done~n").

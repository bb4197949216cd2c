-module(unicode_mode).
-export([main/1]).

%% io:setopts([{encoding, unicode}]) before reading: input is decoded as UTF-8
%% and standard_io writes UTF-8.
main(_) ->
    ok = io:setopts([{encoding, unicode}]),
    io:format("~w~n", [io:get_line("ü> ")]),
    io:format("~w~n", [io:get_chars("", 2)]),
    io:format("~w~n", [io:get_line("")]),
    io:format("~ts|~s|~p~n", [[1000, 233], [233], [1000]]),
    io:put_chars([1000, 233, $\n]),
    io:format("~w~n", [io:read("")]),
    io:format("~w~n", [io:getopts()]).

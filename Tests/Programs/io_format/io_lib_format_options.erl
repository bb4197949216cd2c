-module(io_lib_format_options).
-export([main/1]).

%% io_lib:format/3 and io_lib:fwrite/3 without a character limit (an empty
%% option list, chars_limit -1, unknown options) give format/2's text;
%% a non-list or a non-integer limit is badarg.
t(F) ->
    io:format("~w~n", [case catch F() of
                           {'EXIT', {R, _}} -> {'EXIT', R};
                           X -> lists:flatten(X)
                       end]).

main(_) ->
    L = lists:seq(1, 30),
    t(fun() -> io_lib:format("~p", [L], []) end),
    t(fun() -> io_lib:format("~p|~s|~w~n", [L, "abc", {a, "b"}], [{chars_limit, -1}]) end),
    t(fun() -> io_lib:fwrite("~p", [L], [{chars_limit, infinity}]) end),
    t(fun() -> io_lib:fwrite("~10.3f", [3.14159], []) end),
    t(fun() -> io_lib:format("~p", [L], [bad]) end),
    t(fun() -> io_lib:format("~p", [L], [{chars_limit, bad}]) end),
    t(fun() -> io_lib:format("~p", [L], [{depth, 3}]) end),
    t(fun() -> io_lib:format("~p", [L], bad) end),
    t(fun() -> io_lib:format("~p", [], []) end),
    t(fun() -> io_lib:format("~q", [1], []) end),
    ok.

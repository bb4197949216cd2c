-module(format_errors).
-export([main/1]).
-mode(compile).

%% Bad format calls raise badarg.
reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

fmt() -> "~p ~p~n".
args() -> [only_one].

main(_) ->
    io:format("~p~n", [reason(fun() -> io:format(fmt(), args()) end)]),
    io:format("~p~n", [reason(fun() -> io:format("~d~n", [1]) end)]),
    io:format("~p~n", [reason(fun() -> io:format("~s~n", [{not_a_string}]) end)]),
    io:format("~p~n", [reason(fun() -> io_lib:format("~b", [not_int]) end)]),
    io:format("~p~n", [reason(fun() -> io:format("~f~n", [abc]) end)]),
    io:format("~p~n", [reason(fun() -> io:format("~.0f~n", [1.5]) end)]).

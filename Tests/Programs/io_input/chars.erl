-module(chars).
-export([main/1]).

%% io:get_chars/2,3 mixed with get_line, past the end of input.
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(io:get_chars("c3> ", 3)),
    P(io:get_chars("", 0)),
    P(io:get_line("")),
    P(io:get_chars(standard_io, 'c1> ', 1)),
    P(io:get_chars("", 10)),
    P(io:get_line("l> ")),
    P(try io:get_chars("", -1) catch C1:R1 -> {C1, R1} end),
    P(try io:get_chars("", a) catch C2:R2 -> {C2, R2} end),
    P(io:get_chars("", 100)),
    P(io:get_chars("end> ", 5)),
    P(io:get_line("end> ")),
    P(io:get_chars("", 0)).

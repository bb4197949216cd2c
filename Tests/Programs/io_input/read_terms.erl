-module(read_terms).
-export([main/1]).

%% io:read/1,2 until eof: literal terms of every kind, several terms on one
%% line, terms over several lines, and erl_parse/erl_scan errors.
main(_) -> loop(1).

loop(N) ->
    R = case N rem 2 of 0 -> io:read("t> "); 1 -> io:read(standard_io, '') end,
    io:format("~p~n", [R]),
    case R of
        eof -> io:format("~p~n", [io:read("again> ")]);
        _ -> loop(N + 1)
    end.

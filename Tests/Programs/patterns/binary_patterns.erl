-module(binary_patterns).
-export([main/1]).
-mode(compile).

parse(<<"HDR", Len:8, Body:Len/binary, Rest/binary>>) -> {hdr, Body, Rest};
parse(<<0:1, Seven:7, _/binary>>) -> {ascii, Seven};
parse(<<>>) -> empty;
parse(_) -> other.

main(_) ->
    io:format("~p~n", [parse(<<"HDR", 3, "abcdef">>)]),
    io:format("~p~n", [parse(<<"A">>)]),
    io:format("~p~n", [parse(<<>>)]),
    io:format("~p~n", [parse(<<200>>)]),
    <<A:4, B:4>> = <<16#5F>>,
    io:format("~p~n", [{A, B}]),
    <<X:16/big, Y:16/little>> = <<1, 2, 1, 2>>,
    io:format("~p~n", [{X, Y}]).

-module(matching).
-export([main/1]).
-mode(compile).

main(_) ->
    <<A, B, Rest/binary>> = <<1, 2, 3, 4>>,
    io:format("~p~n", [{A, B, Rest}]),
    <<X:16, Y/bits>> = <<1, 2, 3:4>>,
    io:format("~p~n", [{X, Y}]),
    <<S:8/signed>> = <<255>>,
    io:format("~p~n", [S]),
    <<L:16/little-unsigned>> = <<1, 2>>,
    io:format("~p~n", [L]),
    <<F:64/float>> = <<2.5/float>>,
    io:format("~p~n", [F]),
    <<F32:32/float>> = <<0.25:32/float>>,
    io:format("~p~n", [F32]),
    <<Len:8, Data:Len/binary, _/binary>> = <<3, "abcdef">>,
    io:format("~p~n", [Data]),
    <<"prefix:", Tail/binary>> = <<"prefix:value">>,
    io:format("~p~n", [Tail]),
    <<U/utf8, More/binary>> = <<"€uro"/utf8>>,
    io:format("~p~n", [{U, More}]),
    <<Bits:3, _:5>> = <<2#10100000>>,
    io:format("~p~n", [Bits]),
    Size = 2,
    <<First:Size/binary-unit:8, _/binary>> = <<"hello">>,
    io:format("~p~n", [First]),
    <<Big:128>> = <<1:128>>,
    io:format("~p~n", [Big]).

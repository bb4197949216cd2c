-module(big_binaries).
-export([main/1]).
-mode(compile).

main(_) ->
    B = list_to_binary(lists:duplicate(100000, $x)),
    io:format("~p~n", [byte_size(B)]),
    B2 = build(10000, <<>>),
    io:format("~p~n", [byte_size(B2)]),
    io:format("~p~n", [binary:part(B2, 0, 8)]),
    io:format("~p~n", [count_bytes(B2, 0)]),
    io:format("~p~n", [byte_size(<<B/binary, B/binary>>)]),
    io:format("~p~n", [lists:sum(binary_to_list(B2)) rem 1000]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256), (N div 256)>>).

count_bytes(<<>>, N) -> N;
count_bytes(<<_, Rest/binary>>, N) -> count_bytes(Rest, N + 1).

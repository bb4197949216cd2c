-module(binary_module).
-export([main/1]).
-mode(compile).

main(_) ->
    B = <<"hello world">>,
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [binary:part(B, 0, 5)]),
    io:format("~p~n", [binary:part(B, {6, 5})]),
    io:format("~p~n", [binary_part(B, 6, 5)]),
    io:format("~p~n", [binary:split(<<"a,b,c">>, <<",">>)]),
    io:format("~p~n", [binary:split(<<"a,b,c">>, <<",">>, [global])]),
    io:format("~p~n", [binary:match(B, <<"o">>)]),
    io:format("~p~n", [binary:matches(B, <<"o">>)]),
    io:format("~p~n", [binary:replace(B, <<"o">>, <<"0">>, [global])]),
    io:format("~p~n", [binary:first(B)]),
    io:format("~p~n", [binary:last(B)]),
    io:format("~p~n", [binary:at(B, 4)]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [binary:bin_to_list(<<"abc">>)]),
    io:format("~p~n", [binary:list_to_bin([<<"x">>, "y"])]),
    io:format("~p~n", [binary:encode_unsigned(65536)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0, 0>>)]),
    io:format("~p~n", [binary:longest_common_prefix([<<"abcd">>, <<"abxy">>])]),
    io:format("~p~n", [binary_to_atom(<<"atom">>, utf8)]),
    io:format("~p~n", [atom_to_binary(atom)]),
    io:format("~p~n", [split_binary(<<1, 2, 3, 4>>, 1)]),
    io:format("~p~n", [binary:encode_hex(<<255, 1>>)]),
    io:format("~p~n", [binary:decode_hex(<<"ff01">>)]).

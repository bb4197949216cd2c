-module(bit_syntax_basics).
-export([main/1]).
-mode(compile).

%% Bit syntax: construction, matching with sizes and endianness, floats, binary module.
main(_) ->
    B = <<1, 2, 3, 255:8, 16#abcd:16, -1:8/signed>>,
    io:format("~p~n", [B]), <<X:8, Y:16/little, Rest/binary>> = B,
    io:format("~p ~p ~p~n", [X, Y, Rest]),
    io:format("~p~n", [binary_to_list(B)]),
    io:format("~p~n", [<< <<(C + 1)>> || <<C>> <= <<"abc">> >>]),
    io:format("~p~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~p~n", [bit_size(<<1:3>>)]),
    io:format("~p~n", [binary:split(<<"a b c">>, <<" ">>, [global])]),
    io:format("~p~n", [<<3.5/float>>]), <<F:64/float>> = <<3.5/float>>,
    io:format("~p~n", [F]),
    io:format("~p~n", [binary:part(<<"hello">>, 1, 3)]),
    io:format("~p~n", [term_to_binary({a, 1})]).

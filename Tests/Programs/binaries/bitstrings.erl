-module(bitstrings).
-export([main/1]).
-mode(compile).

main(_) ->
    B = <<1:3>>,
    io:format("~p~n", [B]),
    io:format("~p~n", [[bit_size(B), byte_size(B), is_binary(B), is_bitstring(B)]]),
    io:format("~p~n", [<<B/bits, 1:5>>]),
    io:format("~p~n", [<<1:1, 2:2, 3:3, 4:4>>]),
    io:format("~w~n", [<<1:1, 2:2, 3:3, 4:4>>]),
    io:format("~p~n", [<<1:12>>]),
    io:format("~p~n", [bit_size(<<>>)]),
    io:format("~p~n", [[X || <<X:1>> <= <<16#A5>>]]),
    io:format("~p~n", [<< <<(X + 1):4>> || <<X:4>> <= <<16#12, 16#34>> >>]),
    io:format("~p~n", [erlang:bit_size(<<0:100>>)]).

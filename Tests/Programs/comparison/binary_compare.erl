-module(binary_compare).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[<<1>> < <<2>>, <<1, 2>> > <<1>>, <<>> < <<0>>, <<"abc">> == <<"abc">>]]),
    io:format("~p~n", [[<<1:1>> < <<1>>, <<0:7>> < <<0:8>>, <<255>> < <<1, 1>>]]),
    io:format("~p~n", [lists:sort([<<"b">>, <<"a">>, <<"ab">>, <<>>, <<1:4>>])]).

-module(guard_binary_size).
-export([main/1]).
-mode(compile).

f(B) when bit_size(B) rem 8 =/= 0 -> bits;
f(B) when size(B) =:= 0 -> empty;
f(<<H, _/binary>>) when H >= $a, H =< $z -> lower;
f(_) -> other.

main(_) ->
    io:format("~p~n", [[f(<<1:1>>), f(<<>>), f(<<"abc">>), f(<<"ABC">>)]]),
    io:format("~p~n", [[size({1, 2, 3}), size(<<1, 2>>)]]).

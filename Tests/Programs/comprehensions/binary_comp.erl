-module(binary_comp).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [<< <<X>> || X <- [97, 98, 99] >>]),
    io:format("~p~n", [[X || <<X>> <= <<1, 2, 3>>]]),
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>]),
    io:format("~p~n", [[{R, G, B} || <<R, G, B>> <= <<1, 2, 3, 4, 5, 6, 7>>]]),
    io:format("~p~n", [<< <<X:4>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [[X || <<X:8>> <= <<"abcdef">>, X rem 2 =:= 0]]),
    io:format("~p~n", [<< <<C>> || <<C>> <= <<"Hello">>, C =/= $l >>]),
    io:format("~p~n", [<< <<B/binary, B/binary>> || B <- [<<"x">>, <<"yz">>] >>]).

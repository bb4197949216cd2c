-module(binary_comp_elements).
-export([main/1]).
-mode(compile).

%% Each element of a binary comprehension must be a bitstring, checked as it is added.
main(Args) ->
    io:format("~p~n", [<< X || X <- [<<1>>, <<2:4>>, <<>> | Args] >>]),
    io:format("~p~n", [<< <<X:3>> || X <- [1, 2, 7 | Args] >>]),
    io:format("~p~n", [<< (list_to_binary(S)) || S <- ["ab", "", "c" | Args] >>]),
    io:format("~p~n", [reason(fun() -> << X || X <- [<<1>>, 2 | Args] >> end)]),
    io:format("~p~n", [reason(fun() -> << X || X <- [<<1>>, "ab" | Args] >> end)]),
    io:format("~p~n", [reason(fun() -> << <<X>> || X <- [1, a | Args] >> end)]),
    io:format("~p~n", [reason(fun() -> << <<X/binary>> || X <- [<<1>>, <<1:1>> | Args] >> end)]),
    io:format("~p~n", [<< <<X, Y>> || X <- [1, 2 | Args], Y <- [X, X * 10], Y > 1 >>]),
    io:format("~p~n", [<< <<(X + Y)>> || <<X>> <= <<1, 2>>, <<Y>> <= <<10, 20>> >>]),
    io:format("~p~n", [<< <<X>> || X <- Args, X > 0 >>]),
    io:format("~p~n", [<< <<1>> || Args =:= [] >>]),
    io:format("~p~n", [<< <<1>> || Args =/= [] >>]).

reason(F) ->
    try F() catch error:R:S -> {R, [{Fun, A} || {M, Fun, A, _} <- S, M =/= escript, M =/= init, Fun =/= reason]} end.

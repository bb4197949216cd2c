-module(div_rem_table).
-export([main/1]).
-mode(compile).

%% div truncates toward zero; rem takes the sign of the dividend.
main(_) ->
    Pairs = [{A, B} || A <- [17, -17, 3, 0], B <- [5, -5, 1, 20]],
    [io:format("~p div ~p = ~p, rem = ~p~n", [A, B, A div B, A rem B]) || {A, B} <- Pairs],
    Big = 1 bsl 80,
    io:format("~p ~p~n", [Big div -3, Big rem -3]),
    io:format("~p ~p~n", [-Big div 3, -Big rem 3]).

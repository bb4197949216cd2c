-module(records_as_tuples).
-export([main/1]).
-mode(compile).

-record(pt, {x = 0, y = 0}).

main(_) ->
    P = #pt{x = 1, y = 2},
    io:format("~p~n", [P =:= {pt, 1, 2}]),
    io:format("~p~n", [setelement(#pt.y, P, 20)]),
    io:format("~p~n", [tuple_to_list(P)]),
    #pt{x = X} = list_to_tuple([pt, 5, 6]),
    io:format("~p~n", [X]),
    io:format("~p~n", [lists:keyfind(3, #pt.x, [#pt{x = 1}, #pt{x = 3, y = 9}])]),
    io:format("~p~n", [[R#pt.x + R#pt.y || R <- [#pt{}, P, #pt{y = 7}]]]).

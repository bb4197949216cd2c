-module(records_in_maps_lists).
-export([main/1]).
-mode(compile).

-record(item, {id, qty = 0}).

main(_) ->
    Items = [#item{id = I, qty = I * 2} || I <- lists:seq(1, 4)],
    io:format("~p~n", [Items]),
    io:format("~p~n", [lists:keyfind(3, #item.id, Items)]),
    io:format("~p~n", [lists:sum([Q || #item{qty = Q} <- Items])]),
    Index = maps:from_list([{I#item.id, I} || I <- Items]),
    io:format("~p~n", [maps:get(2, Index)]),
    Sorted = lists:keysort(#item.qty, lists:reverse(Items)),
    io:format("~p~n", [[I#item.id || I <- Sorted]]).

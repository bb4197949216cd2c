-module(nested_update).
-export([main/1]).
-mode(compile).

main(_) ->
    State = #{users => #{alice => #{age => 30}}, count => 1},
    #{users := #{alice := #{age := Age}}} = State,
    io:format("~p~n", [Age]),
    Users = maps:get(users, State),
    Alice = maps:get(alice, Users),
    S2 = State#{users := Users#{alice := Alice#{age := Age + 1}, bob => #{age => 5}}},
    io:format("~p~n", [S2]),
    io:format("~p~n", [maps:get(bob, maps:get(users, S2))]),
    Expr = #{a => 1},
    io:format("~p~n", [Expr#{a := 2}#{b => 3}]),
    io:format("~p~n", [#{#{k => v} => map_key, [1, 2] => list_key}]).

-module(basics).
-export([main/1]).
-mode(compile).

-record(person, {name, age = 0, email = "none"}).

main(_) ->
    P = #person{name = "Ann", age = 30},
    io:format("~p~n", [P]),
    io:format("~p~n", [P#person.name]),
    io:format("~p~n", [P#person.email]),
    P2 = P#person{age = 31, email = "ann@example.com"},
    io:format("~p~n", [P2]),
    io:format("~p~n", [#person{}]),
    io:format("~p~n", [is_record(P, person)]),
    io:format("~p~n", [element(1, P)]),
    io:format("~p~n", [tuple_size(P)]),
    #person{name = Name, age = Age} = P2,
    io:format("~p~n", [{Name, Age}]),
    io:format("~p~n", [#person.age]).

-module(nested_records).
-export([main/1]).
-mode(compile).

-record(addr, {city, zip}).
-record(user, {name, addr = #addr{}}).

main(_) ->
    U = #user{name = bob, addr = #addr{city = "Paris", zip = 75000}},
    io:format("~p~n", [U]),
    io:format("~p~n", [U#user.addr#addr.city]),
    U2 = U#user{addr = (U#user.addr)#addr{zip = 75001}},
    io:format("~p~n", [U2#user.addr#addr.zip]),
    io:format("~p~n", [#user{}]).

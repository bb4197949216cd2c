-module(keyfuncs).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    io:format("~p~n", [lists:keyfind(b, 1, L)]),
    io:format("~p~n", [lists:keyfind(z, 1, L)]),
    io:format("~p~n", [lists:keyfind(3, 2, L)]),
    io:format("~p~n", [lists:keymember(c, 1, L)]),
    io:format("~p~n", [lists:keydelete(b, 1, L)]),
    io:format("~p~n", [lists:keyreplace(b, 1, L, {b, 20})]),
    io:format("~p~n", [lists:keystore(d, 1, L, {d, 5})]),
    io:format("~p~n", [lists:keystore(a, 1, L, {a, 0})]),
    io:format("~p~n", [lists:keytake(c, 1, L)]),
    io:format("~p~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}])]),
    io:format("~p~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}])]),
    io:format("~p~n", [proplists:get_value(b, L)]),
    io:format("~p~n", [proplists:get_value(q, L, default)]),
    io:format("~p~n", [proplists:get_bool(debug, [debug, {x, 1}])]),
    io:format("~p~n", [proplists:get_all_values(b, L)]),
    io:format("~p~n", [proplists:lookup(c, L)]).

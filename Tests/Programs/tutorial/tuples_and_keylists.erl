-module(tuples_and_keylists).
-export([main/1]).
-mode(compile).

%% Tuples, keyfind/keyreplace/keystore/keydelete, proplists.
main(_) ->
    T = {a, b, c},
    io:format("~p ~p ~p~n", [element(2, T), setelement(2, T, x), tuple_to_list(T)]),
    io:format("~p~n", [list_to_tuple([1, 2])]),
    io:format("~p ~p~n", [erlang:append_element(T, d), erlang:delete_element(1, T)]),
    io:format("~p~n", [lists:keyfind(b, 1, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:keyreplace(a, 1, [{a, 1}], {a, 9})]),
    io:format("~p~n", [lists:keystore(c, 1, [{a, 1}], {c, 3})]),
    io:format("~p~n", [lists:keydelete(a, 1, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [proplists:get_value(k, [{k, v}, k2])]),
    io:format("~p~n", [proplists:get_bool(k2, [{k, v}, k2])]),
    io:format("~p~n", [lists:keymember(x, 1, [])]).

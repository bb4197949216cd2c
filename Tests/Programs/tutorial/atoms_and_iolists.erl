-module(atoms_and_iolists).
-export([main/1]).
-mode(compile).

%% Atom and binary conversions, quoted atoms, iolists.
main(_) ->
    io:format("~p~n", [atom_to_list(hello)]),
    io:format("~p~n", [list_to_atom("with space")]),
    io:format("~p~n", [binary_to_atom(<<"b">>, utf8)]),
    io:format("~p~n", [atom_to_binary(x)]),
    io:format("~p~n", [[hello, 'Hello', 'a b', 'if', []]]),
    io:format("~p~n", [list_to_binary([65, "BC", <<"D">>])]),
    io:format("~p~n", [iolist_to_binary(["a", [$b, <<"c">>]])]),
    io:format("~p~n", [iolist_size(["ab", <<"c">>])]),
    io:format("~p~n", [binary_to_list(<<"xyz">>, 2, 3)]),
    io:format("~p~n", [tuple_size({})]),
    io:format("~p~n", [is_atom(true)]).

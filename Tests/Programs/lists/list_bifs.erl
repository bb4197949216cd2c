-module(list_bifs).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [list_to_tuple([a, b, c])]),
    io:format("~p~n", [tuple_to_list({1, 2, 3})]),
    io:format("~p~n", [atom_to_list(hello)]),
    io:format("~p~n", [list_to_atom("world")]),
    io:format("~p~n", [list_to_binary(["ab", $c, <<"de">>, [[$f]]])]),
    io:format("~p~n", [binary_to_list(<<"xyz">>)]),
    io:format("~p~n", [iolist_to_binary([<<"a">>, "b", [$c, [<<"d">>]]])]),
    io:format("~p~n", [iolist_size([<<"ab">>, "cd", $e])]),
    io:format("~p~n", [lists:reverse([1, 2, 3], [4, 5])]),
    io:format("~p~n", [erlang:append_element({a, b}, c)]),
    io:format("~p~n", [element(2, {x, y, z})]),
    io:format("~p~n", [setelement(2, {x, y, z}, new)]),
    io:format("~p~n", [erlang:delete_element(1, {x, y, z})]),
    io:format("~p~n", [erlang:insert_element(2, {x, z}, y)]),
    io:format("~p~n", [erlang:make_tuple(3, 0)]),
    io:format("~p~n", [tuple_size({})]),
    io:format("~p~n", [term_to_binary(hello) =:= term_to_binary(hello)]),
    io:format("~p~n", [binary_to_term(term_to_binary({a, [1, 2], <<"b">>, 3.5}))]).

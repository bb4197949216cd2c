-module(atoms).
-export([main/1]).
-mode(compile).

%% Plain, quoted and reserved-word atoms, and how ~p / ~w quote them.
main(_) ->
    Atoms = [abc, aBC_9, 'hello world', 'Upper', '_under', 'a@b', a@b, 'a.b',
             'if', 'case', 'end', 'receive', 'fun', 'of', 'when', 'try',
             'and', 'or', 'not', 'xor', 'band', 'div', 'rem', 'catch',
             '', 'tab\there', 'new\nline', 'quote\'s', '[]', '{}', 'é',
             'ok', true, false, undefined, '+', '-', '*', '/', '==', '=:='],
    lists:foreach(fun(A) -> io:format("~p ~w~n", [A, A]) end, Atoms),
    io:format("~s~n", [atom_to_list('hello world')]),
    io:format("~p~n", [list_to_atom("Caps")]),
    io:format("~p~n", [is_atom('abc') andalso 'abc' =:= abc]),
    io:format("~p~n", [length(atom_to_list(''))]).

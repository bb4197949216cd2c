-module(keywords_as_atoms).
-export([main/1]).
-mode(compile).

%% Reserved words need quotes to be atoms; record and map keys may be quoted keywords.
-record(kw, {'end', 'of' = 1}).

main(_) ->
    M = #{'case' => 1, 'receive' => 2},
    io:format("~p~n", [M]),
    R = #kw{'end' = 2},
    io:format("~p~n", [{R, R#kw.'end', R#kw.'of'}]),
    io:format("~p~n", [[is_atom('fun'), 'fun' =:= list_to_atom("fun")]]),
    io:format("~p~n", ['maybe']).

-module(atom_and_char_quoting).
-export([main/1]).
-mode(compile).

main(_) ->
    Atoms = ['ok', 'Ok', 'o k', 'o\'k', 'o\\k', 'o\nk', '', 'ok@host', '123', 'a-b',
             'ä', 'Äb', '_x', 'x_', 'é1', '\t', 'true', 'nil', 'and', 'andalso',
             'maybe', 'else', 'begin', 'bnot', 'bsl', 'cond', 'let'],
    [io:format("~p ~w ~s~n", [A, A, A]) || A <- Atoms].

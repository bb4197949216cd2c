-module(basic_controls).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("plain text~n"),
    io:format("tilde: ~~~n"),
    io:format("newline~nsecond line~n"),
    io:format("~w and ~p~n", [{a, "b"}, {a, "b"}]),
    io:format("~s|~s|~s~n", ["list", <<"binary">>, atom]),
    io:format("~c~c~n", [$h, $i]),
    io:format("~i~n", [ignored]),
    io:format("no args~n", []),
    io:fwrite("fwrite ~p~n", [1]),
    io:put_chars("put_chars\n"),
    io:put_chars([<<"io">>, "list", $\n]),
    io:format("~n"),
    io:format(<<"binary format ~p~n">>, [1]),
    io:format(atom_format),
    io:format("~n"),
    io:nl(),
    io:write({written, term}),
    io:nl().

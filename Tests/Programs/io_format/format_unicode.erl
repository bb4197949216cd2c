-module(format_unicode).
-export([main/1]).
-mode(compile).

%% Standard output is latin-1 in escript: code points above 255 print as \x{...}.
main(_) ->
    io:format("~ts~n", [[955, 97]]),
    io:format("~tp~n", [[955, 97]]),
    io:format("~p~n", [[955, 97]]),
    io:format("~ts~n", [<<"λx"/utf8>>]),
    io:format("~tp~n", [<<"λx"/utf8>>]),
    io:format("~p~n", [<<"λx"/utf8>>]),
    io:format("~tc~n", [955]),
    io:format("~ts~n", [[233]]),
    io:format("~s~n", [[233]]),
    io:format("~p~n", ['λ']),
    io:format("~tw~n", ['λ']).

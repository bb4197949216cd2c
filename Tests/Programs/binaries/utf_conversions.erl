-module(utf_conversions).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~w~n", [unicode:characters_to_binary("héllo €")]),
    io:format("~w~n", [unicode:characters_to_list(<<"h", 195, 169>>)]),
    io:format("~w~n", [unicode:characters_to_binary([<<"a">>, "b", 8364])]),
    io:format("~p~n", [unicode:characters_to_list(<<"abc">>)]),
    io:format("~w~n", [[C || <<C/utf8>> <= <<"añ€"/utf8>>]]),
    io:format("~p~n", [byte_size(<<"añ€"/utf8>>)]),
    io:format("~w~n", [binary_to_list(<<"ñ"/utf16-little>>)]),
    io:format("~p~n", [string:length(<<"añ€"/utf8>>)]).

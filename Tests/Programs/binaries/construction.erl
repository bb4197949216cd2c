-module(construction).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc">>]),
    io:format("~p~n", [<<"abc", 0, "def">>]),
    io:format("~p~n", [<<>>]),
    io:format("~p~n", [<<256>>]),
    io:format("~p~n", [<<-1>>]),
    io:format("~p~n", [<<1:16>>]),
    io:format("~p~n", [<<1:16/little>>]),
    io:format("~p~n", [<<-2:16/signed-big>>]),
    io:format("~p~n", [<<16#12345678:32/native>> =:= <<16#12345678:32/little>>]),
    io:format("~p~n", [<<1.5/float>>]),
    io:format("~p~n", [<<1.5:32/float>>]),
    io:format("~p~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~p~n", [<<5:4, 6:4>>]),
    io:format("~p~n", [<<(<<"in">>)/binary, "side">>]),
    X = 300,
    io:format("~p~n", [<<X:16, (X + 1):8>>]),
    io:format("~p~n", [<<"é"/utf8, "€"/utf8>>]),
    io:format("~p~n", [<<16#1F600/utf8>>]),
    io:format("~p~n", [<<"ab"/utf16>>]),
    io:format("~p~n", [<<$a/utf32-little>>]),
    io:format("~p~n", [<<1:3/unit:8>>]),
    io:format("~p~n", [<<(1 bsl 70):72>>]).

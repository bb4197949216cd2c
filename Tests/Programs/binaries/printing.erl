-module(printing).
-export([main/1]).
-mode(compile).

%% How binaries print: as strings when printable, otherwise as byte lists.
main(_) ->
    Bins = [<<"plain">>, <<"with\nnewline">>, <<"tab\t">>, <<0, 1, 2>>, <<"a", 0>>,
            <<"quote\"s">>, <<"back\\">>, <<200, 201>>, <<"é"/utf8>>, <<1:4>>,
            <<"abc", 1:4>>, <<>>, <<"\e">>, <<127>>],
    [io:format("~p ~w~n", [B, B]) || B <- Bins],
    io:format("~s~n", [<<"as string">>]),
    io:format("~p~n", [[<<"in">>, <<"list">>]]),
    io:format("~p~n", [{<<"in">>, tuple}]).

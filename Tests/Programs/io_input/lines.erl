-module(lines).
-export([main/1]).

%% io:get_line/1,2 until eof: prompts of every kind, latin1 bytes, empty lines,
%% a last line without its newline.
main(_) ->
    io:format("~p~n", [io:getopts()]),
    Prompts = ["str> ", 'atom> ', <<"bin> ">>, ["deep", [$>, <<" ">>]], 42, {t, 1},
               "", [1000, $a], ["x" | y], "~p ~n"],
    lists:foreach(fun(P) -> io:format("~w~n", [io:get_line(P)]) end, Prompts),
    io:format("~p~n", [io:get_line(standard_io, "sio> ")]),
    io:format("~p~n", [io:get_line(user, "user> ")]),
    io:format("~p~n", [io:get_line(self(), "pid> ")]),
    rest(1).

rest(N) ->
    case io:get_line("") of
        eof -> io:format("eof after ~p more~n", [N - 1]), io:format("~p~n", [io:get_line("again> ")]);
        Line -> io:format("~p: ~p~n", [N, Line]), rest(N + 1)
    end.

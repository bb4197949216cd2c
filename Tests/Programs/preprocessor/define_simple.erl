-module(define_simple).
-export([main/1]).
-mode(compile).

-define(ANSWER, 42).
-define(GREETING, "hello").
-define(PAIR, {?ANSWER, ?GREETING}).
-define(EMPTY, ).

main(_) ->
    io:format("~p~n", [?ANSWER]),
    io:format("~s~n", [?GREETING]),
    io:format("~p~n", [?PAIR]),
    io:format("~p~n", [[?EMPTY 1]]).

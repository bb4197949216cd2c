-module(undef_redefine).
-export([main/1]).
-mode(compile).

-define(VALUE, first).
first() -> ?VALUE.
-undef(VALUE).
-define(VALUE, second).
second() -> ?VALUE.

main(_) ->
    io:format("~p~n", [{first(), second()}]).

-module(macro_body_forms).
-export([main/1]).
-mode(compile).

%% A macro can hold any token sequence: several expressions, a fun, a whole function.
-define(LOG(Fmt, Args), io:format("log: " ++ Fmt ++ "~n", Args)).
-define(ADDER(N), fun(X) -> X + N end).
-define(GETTER(Name, Value), Name() -> Value).

?GETTER(colour, blue).
?GETTER(size, 10).

main(_) ->
    ?LOG("~p and ~p", [colour(), size()]),
    F = ?ADDER(100),
    io:format("~p~n", [F(1)]),
    ?LOG("done", []).

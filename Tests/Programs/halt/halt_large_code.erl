-module(halt_large_code).
-export([main/1]).
-mode(compile).

%% The exit status is the code modulo 256.
main(_) ->
    io:format("partial line without newline"),
    halt(300).

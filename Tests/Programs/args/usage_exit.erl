-module(usage_exit).
-export([main/1]).
-mode(compile).

main(["--help"]) ->
    io:format("usage: usage_exit FILE~n"),
    halt(1);
main([File]) ->
    io:format("file: ~s~n", [File]);
main(_) ->
    halt(2).

-module(no_args).
-export([main/1]).
-mode(compile).

main(Args) ->
    io:format("~p~n", [Args]).

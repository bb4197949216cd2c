-module(print_args).
-export([main/1]).
-mode(compile).

main(Args) ->
    io:format("~p~n", [Args]),
    io:format("~p~n", [length(Args)]),
    [io:format("arg: ~s~n", [A]) || A <- Args].

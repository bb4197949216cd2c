-module(undefined_function).
-export([main/1]).

main(_) ->
    io:format("start~n"),
    helper(1).

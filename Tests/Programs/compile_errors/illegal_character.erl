-module(illegal_character).
-export([main/1]).

main(_) ->
    X = 1 ` 2,
    X.

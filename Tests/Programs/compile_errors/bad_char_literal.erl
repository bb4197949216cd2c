-module(bad_char_literal).
-export([main/1]).

main(_) ->
    X = $,
    X.

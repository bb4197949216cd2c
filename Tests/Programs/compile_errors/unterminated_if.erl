-module(unterminated_if).
-export([main/1]).

main(_) ->
    if true -> ok


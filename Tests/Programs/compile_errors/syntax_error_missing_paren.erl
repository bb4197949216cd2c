-module(syntax_error_missing_paren).
-export([main/1]).

main(_) ->
    io:format("~p~n", [(1 + 2]).

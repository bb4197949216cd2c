-module(syntax_error_missing_end).
-export([main/1]).

main(X) ->
    case X of
        [] -> empty
    .

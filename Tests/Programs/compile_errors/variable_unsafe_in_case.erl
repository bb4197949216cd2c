-module(variable_unsafe_in_case).
-export([main/1]).

main(Args) ->
    case Args of
        [] -> Y = 1;
        _ -> ok
    end,
    io:format("~p~n", [Y]).

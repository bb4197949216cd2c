-module(rethrow).
-export([main/1]).
-mode(compile).

inner() ->
    try throw(first)
    catch throw:first -> throw(second)
    end.

main(_) ->
    io:format("~p~n", [try inner() catch throw:X -> X end]),
    io:format("~p~n", [try try exit(a) catch exit:a -> error(b) end catch error:Y -> Y end]),
    Z = try
            try throw(unmatched)
            catch error:_ -> wrong_class
            end
        catch throw:V -> {outer_got, V}
        end,
    io:format("~p~n", [Z]).

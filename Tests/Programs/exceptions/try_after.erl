-module(try_after).
-export([main/1]).
-mode(compile).

with_after(F) ->
    try F()
    after
        io:format("after runs~n")
    end.

main(_) ->
    io:format("~p~n", [with_after(fun() -> value end)]),
    io:format("~p~n", [catch with_after(fun() -> throw(t) end)]),
    R = try
            try error(inner)
            after io:format("inner after~n")
            end
        catch error:E -> {caught, E}
        after io:format("outer after~n")
        end,
    io:format("~p~n", [R]),
    R2 = try 1 of X -> X + 1 after io:format("after with of~n") end,
    io:format("~p~n", [R2]).

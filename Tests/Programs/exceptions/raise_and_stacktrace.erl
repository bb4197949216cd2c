-module(raise_and_stacktrace).
-export([main/1]).
-mode(compile).

main(_) ->
    R = try
            try error(original)
            catch error:E:St -> erlang:raise(error, {wrapped, E}, St)
            end
        catch error:W:St2 -> {W, is_list(St2)}
        end,
    io:format("~p~n", [R]),
    R2 = try erlang:raise(throw, thrown_by_raise, []) catch throw:T -> T end,
    io:format("~p~n", [R2]),
    R3 = try erlang:raise(exit, exited, []) catch exit:X -> X end,
    io:format("~p~n", [R3]),
    R4 = try erlang:raise(bad_class, x, []) catch C:Rs -> {C, Rs} end,
    io:format("~p~n", [R4]),
    {_, _, St3} = try throw(x) catch Class:Reason:Stack -> {Class, Reason, Stack} end,
    io:format("~p~n", [is_list(St3)]).

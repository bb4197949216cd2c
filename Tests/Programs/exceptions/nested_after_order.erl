-module(nested_after_order).
-export([main/1]).
-mode(compile).

main(_) ->
    try
        try
            try throw(deep)
            after io:format("after 1~n")
            end
        after io:format("after 2~n")
        end
    catch throw:deep -> io:format("caught deep~n")
    after io:format("after 3~n")
    end,
    R = try ok after io:format("after value~n") end,
    io:format("~p~n", [R]),
    F = fun() -> try throw(in_fun) after io:format("after in fun~n") end end,
    io:format("~p~n", [catch F()]).

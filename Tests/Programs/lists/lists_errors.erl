-module(lists_errors).
-export([main/1]).
-mode(compile).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

main(_) ->
    Fs = [fun() -> hd([]) end,
          fun() -> tl([]) end,
          fun() -> length([1 | 2]) end,
          fun() -> lists:nth(0, [a]) end,
          fun() -> element(4, {a, b}) end,
          fun() -> list_to_atom(123) end,
          fun() -> [1] ++ a end,
          fun() -> a ++ [1] end,
          fun() -> [1, 2] -- a end,
          fun() -> lists:seq(1, 2, 0) end,
          fun() -> lists:sum([1, a]) end],
    [io:format("~p~n", [reason(F)]) || F <- Fs].

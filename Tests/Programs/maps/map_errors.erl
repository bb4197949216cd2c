-module(map_errors).
-export([main/1]).
-mode(compile).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

not_a_map() -> [1, 2].
empty() -> #{}.

main(_) ->
    M = #{a => 1},
    Fs = [fun() -> maps:get(b, M) end,
          fun() -> (empty())#{b := 1} end,
          fun() -> (not_a_map())#{a => 1} end,
          fun() -> maps:get(a, not_a_map()) end,
          fun() -> map_size(not_a_map()) end,
          fun() -> maps:update(zz, 1, M) end,
          fun() -> #{a := X} = empty(), X end,
          fun() -> maps:from_list([a]) end],
    [io:format("~p~n", [reason(F)]) || F <- Fs].

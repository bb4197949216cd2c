-module(error_reasons_builtin).
-export([main/1]).
-mode(compile).

%% The reason terms of runtime errors, caught.
reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

id(X) -> X.
f(1) -> one.

main(_) ->
    Fs = [fun() -> {a, b} = id({a, c}) end,
          fun() -> f(id(2)) end,
          fun() -> case id(3) of 1 -> one end end,
          fun() -> B = id(false), if B -> x end end,
          fun() -> try id(4) of 1 -> one catch _:_ -> no end end,
          fun() -> id(1) + id(a) end,
          fun() -> atom_to_list(id(123)) end,
          fun() -> nomodule:nofunction() end,
          fun() -> lists:nofunction(1) end,
          fun() -> (id(notfun))() end,
          fun() -> maps:get(k, id(#{})) end,
          fun() -> (id(notmap))#{k => v} end,
          fun() -> error(my_reason) end,
          fun() -> throw(my_throw) end,
          fun() -> exit(my_exit) end],
    [io:format("~p~n", [reason(F)]) || F <- Fs].

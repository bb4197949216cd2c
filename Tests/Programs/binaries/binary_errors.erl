-module(binary_errors).
-export([main/1]).
-mode(compile).

reason(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

id(X) -> X.

main(_) ->
    Fs = [fun() -> <<(id(a))>> end,
          fun() -> <<(id(1.5)):8>> end,
          fun() -> <<(id(<<1:3>>))/binary>> end,
          fun() -> <<1:(id(-1))>> end,
          fun() -> <<X:8>> = id(<<1, 2>>), X end,
          fun() -> <<X:16>> = id(<<1>>), X end,
          fun() -> binary_to_list(id(notbin)) end,
          fun() -> byte_size(id([])) end,
          fun() -> binary:part(<<"ab">>, 1, 5) end,
          fun() -> <<(id(16#110000))/utf8>> end],
    [io:format("~p~n", [reason(F)]) || F <- Fs].

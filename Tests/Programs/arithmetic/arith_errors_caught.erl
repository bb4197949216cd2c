-module(arith_errors_caught).
-export([main/1]).
-mode(compile).

%% Arithmetic failures are error:badarith (catch keeps only the reason here).
try_it(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:Reason -> {error, Reason}
    end.

zero() -> 0.
atom() -> a.
id(X) -> X.

main(_) ->
    Cases = [fun() -> 1 div zero() end,
             fun() -> 1 rem zero() end,
             fun() -> 1 / zero() end,
             fun() -> 1.0 / zero() end,
             fun() -> atom() + 1 end,
             fun() -> 1 band id(1.0) end,
             fun() -> id(1.5) div 1 end,
             fun() -> -atom() end,
             fun() -> bnot atom() end,
             fun() -> 1 bsl atom() end,
             fun() -> math:sqrt(-1) end,
             fun() -> math:log(0) end,
             fun() -> float(1 bsl 1023) * 10.0 end,
             fun() -> abs(atom()) end,
             fun() -> trunc(atom()) end],
    [io:format("~p~n", [try_it(C)]) || C <- Cases].

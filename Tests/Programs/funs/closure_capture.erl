-module(closure_capture).
-export([main/1]).
-mode(compile).

%% Each closure keeps the values of its own iteration; rebinding is impossible, so there is
%% no shared mutable capture as in other languages.
make(0, Acc) -> Acc;
make(N, Acc) -> make(N - 1, [fun() -> N * 10 end | Acc]).

main(_) ->
    Fs = make(5, []),
    io:format("~p~n", [[F() || F <- Fs]]),
    Arity = [fun() -> 0 end, fun(_) -> 1 end, fun(_, _) -> 2 end, fun(_, _, _) -> 3 end],
    io:format("~p~n", [[element(2, erlang:fun_info(F, arity)) || F <- Arity]]),
    Counter = fun Loop(N, Acc) when N > 0 -> Loop(N - 1, [N | Acc]); Loop(_, Acc) -> Acc end,
    io:format("~p~n", [Counter(5, [])]),
    Outer = 100,
    Nested = fun(A) -> fun(B) -> fun(C) -> Outer + A + B + C end end end,
    io:format("~p~n", [((Nested(1))(2))(3)]).

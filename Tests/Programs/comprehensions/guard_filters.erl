-module(guard_filters).
-export([main/1]).
-mode(compile).

%% A filter that is a guard expression is evaluated as a guard: an exception or a value other
%% than true drops the element. Any other filter is an ordinary expression: its exceptions
%% propagate and a non-boolean value raises {bad_filter, V}.
-record(point, {x = 0, y = 0}).

id(X) -> X.

reason(F) ->
    try F() of V -> {ok, V} catch error:R -> {error, R} end.

main(_) ->
    L = [a, 1, -2, 3.0, "s", {t}, #point{x = 4}, <<5>>],
    %% Guard filters: errors and non-booleans are false.
    io:format("~p~n", [[X || X <- L, X + 1 > 0]]),
    io:format("~p~n", [[X || X <- L, is_integer(X), X > 0]]),
    io:format("~p~n", [[X || X <- L, abs(X) >= 1]]),
    io:format("~p~n", [[X || X <- L, erlang:abs(X) >= 1]]),
    io:format("~p~n", [[X || X <- L, erlang:'>'(X * 2, 1)]]),
    io:format("~p~n", [[X || X <- L, element(1, X) =:= t]]),
    io:format("~p~n", [[X || X <- L, X#point.x > 3]]),
    io:format("~p~n", [[X || X <- L, length(X) > 0]]),
    io:format("~p~n", [[X || X <- L, byte_size(X) =:= 1]]),
    io:format("~p~n", [[X || X <- L, X rem 2 =:= 1]]),
    io:format("~p~n", [[X || X <- L, not (X > 2)]]),
    io:format("~p~n", [[X || X <- L, is_number(X) andalso X < 0]]),
    io:format("~p~n", [[X || X <- L, X > 2 orelse X / 0 > 1]]),
    io:format("~p~n", [[X || X <- [true, false, 1, ok], X]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], X * 2]]),
    io:format("~p~n", [[X || X <- [#{k => 1}, #{}, k], map_get(k, X) =:= 1]]),
    io:format("~p~n", [[X || X <- [#{k => 1}, #{}, k], is_map_key(k, X)]]),
    io:format("~p~n", [[X || X <- [1, a], {X} =:= {1}]]),
    io:format("~p~n", [[X || X <- [1, a], <<X>> =:= <<1>>]]),
    io:format("~p~n", [<< <<X>> || X <- L, X * 2 > 0, is_integer(X) >>]),
    io:format("~p~n", [<< <<B>> || <<B>> <= <<1, 2, 3, 4>>, B div (B - 2) > 0 >>]),
    io:format("~p~n", [[{X, Y} || X <- [0, 1, 2], Y <- [0, 1, 2], X div Y =:= 1]]),
    %% Not guard expressions: evaluated as ordinary expressions.
    io:format("~p~n", [reason(fun() -> [X || X <- L, id(X) + 1 > 0] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- L, id(X)] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [true, 1], X =:= id(X)] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- L, math:sqrt(4) > 1] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- L, atom_to_list(X) =:= "a"] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- L, X ++ [] =/= x] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, 2], case X of 1 -> true; _ -> false end] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, a], case X + 1 of 2 -> true; _ -> false end] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, 2], begin X > 1 end] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, a], begin X > 1 end] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, 2], (fun() -> X end)()] end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- [1, 2], X =:= lists:max([X, 2])] end)]),
    io:format("~p~n", [reason(fun() -> << <<X>> || X <- [1, 2], id(X) >> end)]),
    io:format("~p~n", [reason(fun() -> [X || X <- L, X#point{y = 1} =/= x] end)]).

-module(comp_side_effects).
-export([main/1]).
-mode(compile).

%% Evaluation order: generators left to right, body once per surviving element.
main(_) ->
    R = [begin io:format("body ~p~n", [X]), X end
         || X <- [1, 2, 3, 4], begin io:format("filter ~p~n", [X]), X rem 2 =:= 0 end],
    io:format("~p~n", [R]),
    _ = [io:format("~p ~p~n", [A, B]) || A <- [x, y], B <- [1, 2]],
    ok.

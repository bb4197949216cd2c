-module(exact_equality).
-export([main/1]).
-mode(compile).

main(_) ->
    Pairs = [{1, 1.0}, {[1], [1.0]}, {{1, a}, {1.0, a}}, {#{k => 1}, #{k => 1.0}},
             {<<1>>, <<1>>}, {"a", [97]}, {a, 'a'}, {0.0, -0.0}],
    [io:format("~p ~p ~p ~p~n", [A == B, A =:= B, A /= B, A =/= B]) || {A, B} <- Pairs].

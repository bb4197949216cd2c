-module(deep_nested_terms).
-export([main/1]).
-mode(compile).

nest(0) -> leaf;
nest(N) -> {node, N, nest(N - 1)}.

nest_list(0) -> [];
nest_list(N) -> [N, nest_list(N - 1)].

main(_) ->
    io:format("~p~n", [nest(12)]),
    io:format("~w~n", [nest(12)]),
    io:format("~p~n", [nest_list(15)]),
    io:format("~P~n", [nest(12), 6]),
    io:format("~p~n", [#{a => #{b => #{c => #{d => #{e => lists:seq(1, 30)}}}}}]).

-module(key_types).
-export([main/1]).
-mode(compile).

%% Map keys match exactly: 1 and 1.0 are different keys.
main(_) ->
    M = #{1 => int, 1.0 => float, <<"k">> => binary, "k" => list, {1, 2} => tuple, #{} => map},
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [[maps:get(K, M) || K <- [1, 1.0, <<"k">>, "k", {1, 2}, #{}]]]),
    io:format("~p~n", [maps:find(2, M#{2.0 => x})]),
    io:format("~p~n", [#{1 => a, 1.0 => b} =:= #{1.0 => b, 1 => a}]),
    io:format("~p~n", [maps:is_key(-0.0, #{0.0 => zero})]).

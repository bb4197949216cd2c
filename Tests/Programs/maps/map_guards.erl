-module(map_guards).
-export([main/1]).
-mode(compile).

kind(M) when is_map(M), map_size(M) =:= 0 -> empty;
kind(#{type := T}) when is_atom(T) -> {typed, T};
kind(M) when is_map(M) -> {untyped, map_size(M)};
kind(_) -> not_a_map.

main(_) ->
    io:format("~p~n", [[kind(X) || X <- [#{}, #{type => circle}, #{type => "s"}, #{a => 1, b => 2}, [a]]]]),
    F = fun(#{}) -> any_map; (_) -> other end,
    io:format("~p~n", [[F(#{}), F(#{a => 1}), F(a)]]).

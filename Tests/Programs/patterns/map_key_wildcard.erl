#!/usr/bin/env escript
%% A map pattern field whose value is ignored (`K := _`) still requires the key.
-module(map_key_wildcard).

has(E, M) -> case M of #{E := _} -> true; _ -> false end.
has_a(#{a := _}) -> yes;
has_a(_) -> no.
both(#{a := _Ignored, b := B}) -> {both, B};
both(_) -> neither.

main(_) ->
    io:format("~p~n", [[has(3, #{1 => []}), has(1, #{1 => []}), has(x, #{})]]),
    io:format("~p~n", [[has_a(#{a => 1}), has_a(#{b => 1}), has_a(#{})]]),
    io:format("~p~n", [[both(#{a => 1, b => 2}), both(#{b => 2}), both(#{a => 1})]]),
    R = try #{c := _} = #{d => 1} catch error:{badmatch, V} -> {badmatch, V} end,
    io:format("~p~n", [R]).

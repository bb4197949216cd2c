-module(map_compare).
-export([main/1]).
-mode(compile).

%% Maps compare by size, then keys in term order, then values.
main(_) ->
    io:format("~p~n", [#{a => 1} < #{a => 1, b => 2}]),
    io:format("~p~n", [#{a => 2} < #{b => 1}]),
    io:format("~p~n", [#{a => 1} < #{a => 2}]),
    io:format("~p~n", [#{1 => a} < #{a => 1}]),
    io:format("~p~n", [#{1 => x} == #{1.0 => x}]),
    io:format("~p~n", [#{1 => x} =:= #{1 => x}]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 1}, #{}, #{a => 0, b => 0}])]).

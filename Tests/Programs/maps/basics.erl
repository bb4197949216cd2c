-module(basics).
-export([main/1]).
-mode(compile).

main(_) ->
    M = #{a => 1, b => 2},
    io:format("~p~n", [M]),
    io:format("~p~n", [M#{c => 3}]),
    io:format("~p~n", [M#{a := 10}]),
    io:format("~p~n", [M#{a => 100, z => 26}]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:get(a, M)]),
    io:format("~p~n", [maps:get(zz, M, default)]),
    io:format("~p~n", [maps:find(b, M)]),
    io:format("~p~n", [maps:find(q, M)]),
    io:format("~p~n", [maps:is_key(a, M)]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:from_list([{x, 1}, {y, 2}, {x, 3}])]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p~n", [maps:put(k, v, #{})]),
    io:format("~p~n", [maps:update(a, 0, M)]),
    io:format("~p~n", [maps:merge(M, #{b => 20, c => 30})]),
    io:format("~p~n", [#{}]).

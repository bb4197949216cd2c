-module(key_order).
-export([main/1]).
-mode(compile).

%% Printing and maps:keys/to_list use term order of keys (small maps).
main(_) ->
    M = #{z => 1, 1 => one, "s" => str, {t} => tuple, a => 2, 1.0 => float, [] => nil,
          <<"b">> => bin},
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~w~n", [M]),
    io:format("~p~n", [maps:to_list(#{3 => c, 1 => a, 2 => b})]),
    io:format("~p~n", [#{{a, 1} => x, {a} => y}]).

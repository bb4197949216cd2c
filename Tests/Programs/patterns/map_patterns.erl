-module(map_patterns).
-export([main/1]).
-mode(compile).

greet(#{name := Name, lang := en}) -> "Hello " ++ Name;
greet(#{name := Name, lang := fr}) -> "Bonjour " ++ Name;
greet(#{name := Name}) -> "Hi " ++ Name;
greet(#{}) -> "Hi stranger".

main(_) ->
    io:format("~s~n", [greet(#{name => "Ann", lang => en})]),
    io:format("~s~n", [greet(#{name => "Bob", lang => fr, extra => 1})]),
    io:format("~s~n", [greet(#{name => "Cy"})]),
    io:format("~s~n", [greet(#{})]),
    K = key,
    #{K := V} = #{key => value, other => 1},
    io:format("~p~n", [V]),
    #{1 := One, "s" := S} = #{1 => one, "s" => string},
    io:format("~p~n", [{One, S}]).

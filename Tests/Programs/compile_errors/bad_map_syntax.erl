-module(bad_map_syntax).
-export([main/1]).

main(_) ->
    M = #{a => 1, b},
    M.

-module(macro_in_patterns).
-export([main/1]).
-mode(compile).

-define(OK(V), {ok, V}).
-define(TAG, my_tag).
-define(LIMIT, 3).

main(_) ->
    ?OK(X) = {ok, 5},
    io:format("~p~n", [X]),
    io:format("~p~n", [check({?TAG, 1})]),
    io:format("~p~n", [check({other, 1})]),
    io:format("~p~n", [[N || N <- lists:seq(1, 10), N =< ?LIMIT]]).

check({?TAG, N}) when N < ?LIMIT -> tagged;
check(_) -> untagged.

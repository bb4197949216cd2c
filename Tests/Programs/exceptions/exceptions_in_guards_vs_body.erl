-module(exceptions_in_guards_vs_body).
-export([main/1]).
-mode(compile).

f(X) when length(X) > 0 -> guard_ok;
f(_) -> guard_failed_silently.

main(_) ->
    io:format("~p~n", [f(not_a_list)]),
    io:format("~p~n", [try length(not_a_list) catch error:R -> {body_raised, R} end]).
